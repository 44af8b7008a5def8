import 'server-only';
import { getDb } from '@/db';
import type { ReportAccess } from './access';
import type { AnyReportDefinition, ChartSpec } from './definition';
import type { SheetMeta } from '@/lib/export/sheet-layout';
import { exportHref, exportMeta } from './export-meta';
import { runReport } from './run';
import { messageKey, tabulate, type ReportTable } from './tabulate';
import { pageCount, pageWindow, parsePage } from '@/lib/pagination';
import { parseSort, type ReportSort, sortRows } from './sort';
import type { FilterError } from './territory';
import type { SearchParams } from '@/lib/search-params';
import { reportTranslator } from './translate';

/** Everything a report page, or its print view, shows — from one run of the definition. */

export type ChartData = { rows: Array<Record<string, string | number>>; series: Array<{ key: string; label: string }>; stacked: boolean };

export type ReportView =
  | { ok: false; error: string; errorKey: FilterError }
  | {
      ok: true;
      filters: unknown;
      table: ReportTable;
      shownRows: number;
      rowCount: number;
      /** The page of the table shown (1 when the table is not paged), its size and query parameter. */
      page: number;
      paging: ReportPaging | null;
      /** The order the address asks for, and its parameter (null: the table is not sortable by address). */
      sort: ReportSort;
      sortParam: string | null;
      chart: ChartData | null;
      params: Record<string, string | string[]>;
      exports: { xlsx: string; csv: string; csvExcel: string };
      printHref: string;
      /** The title and lines the exports and the print view carry above the table. */
      meta: SheetMeta;
    };

function chartData(spec: ChartSpec<unknown> | null, rows: unknown[], namespace: string, t: (key: string) => string): ChartData | null {
  if (!spec || rows.length === 0) return null;
  return {
    rows: rows.map((row) => {
      const category = spec.category(row);
      return Object.fromEntries([['category', spec.translateCategory ? t(messageKey(namespace, category)) : category], ...spec.series.map((s) => [s.key, s.value(row)])]);
    }),
    series: spec.series.map((s) => ({ key: s.key, label: t(messageKey(namespace, s.label)) })),
    stacked: spec.stacked ?? false,
  };
}

/** A report page shows its table `size` rows at a time, the page number in the query parameter `param`. */
export type ReportPaging = { param: string; size: number };

/** Report tables with one row per institution or person are paged; 20 rows keep a page under 60 KB (issue 13). */
export const REPORT_PAGE_SIZE = 20;

/** The rows of one page, section headings kept for the sections that have rows on it. */
function pageOfTable(table: ReportTable, page: number, size: number): ReportTable {
  const from = (page - 1) * size;
  if (!table.sections) return { ...table, rows: table.rows.slice(from, from + size) };
  const sections: NonNullable<ReportTable['sections']> = [];
  let index = 0;
  for (const section of table.sections) {
    const rows = section.rows.filter((_, i) => index + i >= from && index + i < from + size);
    index += section.rows.length;
    if (rows.length > 0) sections.push({ title: section.title, rows, total: section.total ?? section.rows.length });
  }
  return { ...table, rows: table.rows.slice(from, from + size), sections };
}

/**
 * With `paging`, the page's table holds the rows of the page the query names; with `sortParam`,
 * in the order that parameter names (./sort.ts), before the page is cut. Either way the totals,
 * the chart, the export and the print view take all rows.
 */
export async function loadReportView(
  definition: AnyReportDefinition,
  access: ReportAccess,
  searchParams: SearchParams,
  options: { paging?: ReportPaging; sortParam?: string } = {},
): Promise<ReportView> {
  const { paging, sortParam } = options;
  const params = { ...searchParams };
  for (const key of ['page', paging?.param, sortParam]) if (key) delete params[key];
  const sortAsked = sortParam ? searchParams[sortParam] : undefined;
  // A page in the report's own order, of a definition that reads one page (runPage), reads only
  // that page; asked past the last page, it reads the last.
  const asked = paging ? parsePage(searchParams[paging.param]) : 1;
  const pageOnly = paging && !sortAsked && definition.runPage && !definition.chart ? paging : null;
  let run = await runReport(getDb(), definition, access.scope, access.locale, params, access.today, pageOnly ? pageWindow(asked, pageOnly.size) : undefined);
  if (pageOnly && run.ok && run.result.rows.length === 0 && run.rowCount > 0) {
    run = await runReport(getDb(), definition, access.scope, access.locale, params, access.today, pageWindow(pageCount(run.rowCount, pageOnly.size), pageOnly.size));
  }
  const t = await reportTranslator(access.locale);
  if (!run.ok) return { ok: false, error: t(`Reports.${run.error}`), errorKey: run.error };
  const filterParams = definition.params(run.filters);
  const orgId = access.scope.authority.id;
  const printSearch = new URLSearchParams();
  for (const [key, value] of Object.entries(filterParams)) for (const v of Array.isArray(value) ? value : [value]) printSearch.append(key, v);
  const rowCount = run.rowCount;
  const page = paging ? Math.min(asked, pageCount(rowCount, paging.size)) : 1;
  let table: ReportTable;
  let sort: ReportSort = null;
  if (pageOnly) {
    table = tabulate(definition, run.filters, run.result, t, (page - 1) * pageOnly.size + 1);
  } else if (paging && !sortAsked && !run.result.sections) {
    // In the report's own order a page needs only its own rows as cells: a city's due list has
    // 4,700 rows, of which 10 are shown (every row translated and formatted was ≈ 16 ms a request).
    const from = (page - 1) * paging.size;
    table = tabulate(definition, run.filters, { ...run.result, rows: run.result.rows.slice(from, from + paging.size) }, t, from + 1);
  } else {
    const tabulated = tabulate(definition, run.filters, run.result, t);
    sort = sortParam ? parseSort(sortAsked, tabulated) : null;
    const whole = sort ? { ...tabulated, rows: sortRows(tabulated.rows, sort, access.locale) } : tabulated;
    table = paging ? pageOfTable(whole, page, paging.size) : whole;
  }
  return {
    ok: true,
    filters: run.filters,
    table,
    shownRows: paging ? rowCount : table.rows.length,
    rowCount,
    page,
    paging: paging ?? null,
    sort,
    sortParam: sortParam ?? null,
    chart: chartData(definition.chart?.(run.filters) ?? null, run.result.rows, definition.namespace, t),
    params: filterParams,
    exports: {
      xlsx: exportHref(definition, orgId, access.locale, 'xlsx', filterParams),
      csv: exportHref(definition, orgId, access.locale, 'csv', filterParams),
      csvExcel: exportHref(definition, orgId, access.locale, 'csv-excel', filterParams),
    },
    printHref: `/org/${orgId}/reports/print/${definition.key}?${printSearch.toString()}`,
    meta: exportMeta(definition, access, t, filterParams),
  };
}
