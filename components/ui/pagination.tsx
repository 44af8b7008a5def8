import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';
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
  const href = (p: number) => ({ pathname, query: Object.fromEntries(Object.entries({ ...query, [param]: p === 1 ? undefined : String(p) }).filter(([, v]) => v !== undefined)) as Record<string, string | string[]> });
  return (
    <nav aria-label={t('label')} className="mt-4 flex flex-wrap items-center gap-1 text-sm print:hidden">
      {page > 1 && (
        <ButtonLink href={href(page - 1)} variant="secondary" size="sm" rel="prev">
          {t('previous')}
        </ButtonLink>
      )}
      {near.map((p, i) => (
        <span key={p} className="flex items-center gap-1">
          {i > 0 && p - near[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          {p === page ? (
            <span aria-current="page" className="rounded bg-sky-800 px-3 py-1 font-semibold text-white">
              {p}
            </span>
          ) : (
            <ButtonLink href={href(p)} variant="secondary" size="sm" aria-label={t('page', { page: p })}>
              {p}
            </ButtonLink>
          )}
        </span>
      ))}
      {page < pages && (
        <ButtonLink href={href(page + 1)} variant="secondary" size="sm" rel="next">
          {t('next')}
        </ButtonLink>
      )}
    </nav>
  );
}
