import { getTranslations } from 'next-intl/server';
import { ReportBarChart } from '@/components/charts/report-bar-chart';
import { Pagination } from '@/components/ui/pagination';
import { isSortable, sortValue } from '@/lib/reports/sort';
import type { ReportView } from '@/lib/reports/view';
import type { SearchParams } from '@/lib/search-params';
import { ReportActions } from './report-actions';
import { ReportTable } from './report-table';

/** "How this report is built": what exactly is counted, folded away until asked for. */
export async function ReportNote({ text }: { text: string }) {
  const t = await getTranslations('Reports');
  return (
    <details className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm print:hidden">
      <summary className="cursor-pointer font-medium text-sky-900">{t('how_built')}</summary>
      <p className="mt-2 whitespace-pre-line">{text}</p>
    </details>
  );
}

/** Each column header's address: the page's query with that column's next order, back on the first page. */
function sortHrefs(view: Extract<ReportView, { ok: true }>, pathname: string, query: SearchParams, sortParam: string): Array<string | null> {
  return view.table.columns.map((_, column) => {
    if (!isSortable(view.table, column)) return null;
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || key === sortParam || key === view.paging?.param) continue;
      for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
    }
    const ascending = view.sort?.column === column && !view.sort.descending;
    search.set(sortParam, sortValue(column, ascending));
    return `${pathname}?${search.toString()}`;
  });
}

/**
 * A report's result: the error of filters that do not hold, or the count line, export and print
 * links, the chart and the table — all from the one ReportView. With `pathname`, a paged table gets
 * page links and a sortable one header links, to `pathname` keeping the rest of `query` (the
 * filters, another table's page or order).
 */
export async function ReportResultView({
  view,
  caption,
  summary,
  chartTitle,
  testId,
  pathname,
  query = {},
}: {
  view: ReportView;
  caption: string;
  summary?: string;
  chartTitle?: string;
  testId: string;
  pathname?: string;
  query?: SearchParams;
}) {
  const t = await getTranslations('Reports');
  if (!view.ok) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800" data-testid="report-error">
        {view.error}
      </p>
    );
  }
  return (
    <section aria-label={caption} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        {summary && (
          <p className="font-semibold" data-testid={`${testId}-summary`}>
            {summary}
          </p>
        )}
        <ReportActions
          exports={view.exports}
          printHref={view.printHref}
          labels={{ xlsx: t('export_xlsx'), csvExcel: t('export_csv_excel'), csv: t('export_csv'), csvHint: t('export_csv_hint'), print: t('print') }}
        />
      </div>
      {view.rowCount === 0 ? (
        <p className="text-neutral-600">{t('empty')}</p>
      ) : (
        <>
          {view.chart && chartTitle && <ReportBarChart data={view.chart} title={chartTitle} />}
          <ReportTable table={view.table} caption={caption} testId={testId} sorting={pathname && view.sortParam ? { sort: view.sort, label: t('sort'), hrefs: sortHrefs(view, pathname, query, view.sortParam) } : undefined} />
          {view.paging && pathname && <Pagination pathname={pathname} query={query} page={view.page} total={view.rowCount} pageSize={view.paging.size} param={view.paging.param} />}
          {view.shownRows < view.rowCount && (
            <p className="text-sm text-neutral-600" role="status">
              {t('shown_rows', { shown: view.shownRows, total: view.rowCount })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
