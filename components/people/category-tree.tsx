import { getTranslations } from 'next-intl/server';
import { NavLink } from '@/components/ui/nav-link';
import type { CategoryNode } from '@/lib/people/categories';

// The links' look is set once here, not repeated on each of the tree's links (page weight, issue 13).
const LINKS_CLASS =
  '[&_a]:flex [&_a]:items-baseline [&_a]:justify-between [&_a]:gap-2 [&_a]:rounded [&_a]:px-2 [&_a]:py-1 [&_a]:text-neutral-800 [&_a:hover]:bg-sky-50 ' +
  '[&_a[aria-current=page]]:bg-sky-100 [&_a[aria-current=page]]:text-sky-900 [&_a>span]:break-words [&_small]:text-xs [&_small]:text-neutral-600';

/**
 * A subordinate organisation's own branch (its leaders, deputies, admins) opens when it or one of
 * them is the category shown: a city's nine district departments would otherwise add 27 links
 * (≈ 14 KB) to every People page.
 */
function isOpen(node: CategoryNode, selected: string): boolean {
  const subordinate = node.category.kind === 'group' && typeof node.category.group === 'number';
  return !subordinate || node.param === selected || node.children.some((child) => child.param === selected);
}

/** The left block of the People tab: categories with their counts; the search stays when switching. */
export async function CategoryTree({
  nodes,
  counts,
  selected,
  basePath,
  keep,
}: {
  nodes: CategoryNode[];
  counts: Record<string, number>;
  selected: string;
  basePath: string;
  keep: Record<string, string | undefined>;
}) {
  const t = await getTranslations('People');
  const link = (node: CategoryNode, strong: boolean) => {
    const active = node.param === selected;
    const query = Object.fromEntries(Object.entries({ ...keep, cat: node.param === 'all' ? undefined : node.param }).filter(([, v]) => v !== undefined)) as Record<string, string>;
    return (
      <NavLink
        href={{ pathname: basePath, query }}
        aria-current={active ? 'page' : undefined}
        className={strong ? 'font-semibold' : undefined}
      >
        <span>{node.label.name ?? t(node.label.key as never)}</span>
        <small>{counts[node.param] ?? 0}</small>
      </NavLink>
    );
  };
  return (
    <nav aria-label={t('categories')} className={LINKS_CLASS}>
      <ul className="flex flex-col gap-1">
        {nodes.map((node) => (
          <li key={node.param}>
            {link(node, true)}
            {node.children.length > 0 && isOpen(node, selected) && (
              <ul className="ml-3 flex flex-col gap-0.5 border-l border-neutral-200 pl-2">
                {node.children.map((child) => (
                  <li key={child.param}>{link(child, false)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
