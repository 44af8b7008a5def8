import { getTranslations } from 'next-intl/server';
import { NavLink } from '@/components/ui/nav-link';

export type Crumb = { label: string; href?: string };

export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('Breadcrumbs');
  return (
    <nav aria-label={t('label')} className="text-sm text-neutral-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          // A phone shows the last two steps (the organisation's name is the title above): the
          // whole trail took two lines of the first screen.
          <li key={`${item.label}-${i}`} className={`${i < items.length - 2 ? 'hidden sm:flex' : 'flex'} items-center gap-1`}>
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href && i < items.length - 1 ? (
              <NavLink href={item.href} className="hover:underline">
                {item.label}
              </NavLink>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
