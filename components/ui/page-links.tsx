'use client';

import { ButtonLink } from '@/components/ui/button-link';

export type PageLinksProps = {
  pathname: string;
  query: Record<string, string | string[] | undefined>;
  param: string;
  page: number;
  /** The page numbers shown, in order (the first, the last and those near the current). */
  near: number[];
  labels: { label: string; previous: string; next: string; pages: string[] };
  hasNext: boolean;
};

/**
 * The page links of Pagination (./pagination.tsx), which counts the pages and words the labels. A
 * client component without hooks only for page weight: the query once and the numbers are a
 * fraction of seven rendered links in the page's payload beside their HTML (issue 13).
 */
export function PageLinks({ pathname, query, param, page, near, labels, hasNext }: PageLinksProps) {
  const href = (p: number) => ({ pathname, query: { ...query, [param]: p === 1 ? undefined : String(p) } });
  return (
    <nav aria-label={labels.label} className="mt-4 flex flex-wrap items-center gap-1 text-sm print:hidden">
      {page > 1 && (
        <ButtonLink href={href(page - 1)} variant="secondary" size="sm" rel="prev">
          {labels.previous}
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
            <ButtonLink href={href(p)} variant="secondary" size="sm" aria-label={labels.pages[i]}>
              {p}
            </ButtonLink>
          )}
        </span>
      ))}
      {hasNext && (
        <ButtonLink href={href(page + 1)} variant="secondary" size="sm" rel="next">
          {labels.next}
        </ButtonLink>
      )}
    </nav>
  );
}
