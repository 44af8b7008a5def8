import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { CategoryNode } from '@/lib/people/categories';

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
      <Link
        href={{ pathname: basePath, query }}
        aria-current={active ? 'page' : undefined}
        className={`flex items-baseline justify-between gap-2 rounded px-2 py-1 hover:bg-sky-50 ${active ? 'bg-sky-100 text-sky-900' : 'text-neutral-800'} ${strong ? 'font-semibold' : ''}`}
      >
        <span className="break-words">{node.label.name ?? t(node.label.key as never)}</span>
        <span className="text-xs text-neutral-600">{counts[node.param] ?? 0}</span>
      </Link>
    );
  };
  return (
    <nav aria-label={t('categories')}>
      <ul className="flex flex-col gap-1">
        {nodes.map((node) => (
          <li key={node.param}>
            {link(node, true)}
            {node.children.length > 0 && (
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
