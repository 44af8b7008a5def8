import { getTranslations } from 'next-intl/server';
import type { PageSummary } from '@/lib/content/pages';
import { NavLink } from '@/components/ui/nav-link';
import { EmptyState } from './section';

/** Titles of the interactive pages, each a link under `basePath` ('/org/{id}' or '/site/{id}'). */
export async function PagesList({ pages, basePath }: { pages: PageSummary[]; basePath: string }) {
  const t = await getTranslations('InteractivePages');
  if (pages.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <ul className="flex flex-col gap-2" data-testid="pages-list">
      {pages.map((page) => (
        <li key={page.id}>
          <NavLink href={`${basePath}/pages/${page.id}`} className="text-sky-800 underline">
            {page.title}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
