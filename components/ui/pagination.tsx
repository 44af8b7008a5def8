import { getTranslations } from 'next-intl/server';
import { PageLinks } from './page-links';
import { pageCount } from '@/lib/pagination';

/**
 * Page links that keep the rest of the query (filters live in the URL). Renders nothing for a
 * single page.
 */
export async function Pagination({
  pathname,
  query,
  page,
  total,
  pageSize,
  param = 'page',
}: {
  pathname: string;
  query: Record<string, string | string[] | undefined>;
  page: number;
  total: number;
  pageSize?: number;
  /** The query parameter that holds the page number (two lists on one page need two). */
  param?: string;
}) {
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const t = await getTranslations('Pagination');
  const near = [1, page - 2, page - 1, page, page + 1, page + 2, pages].filter((p, i, all) => p >= 1 && p <= pages && all.indexOf(p) === i).sort((a, b) => a - b);
  const labels = { label: t('label'), previous: t('previous'), next: t('next'), pages: near.map((p) => t('page', { page: p })) };
  return <PageLinks pathname={pathname} query={query} param={param} page={page} near={near} labels={labels} hasNext={page < pages} />;
}
