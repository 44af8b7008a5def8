import 'server-only';
import { getDb } from '@/db';
import type { ReportAccess } from './access';
import type { AnyReportDefinition, ChartSpec } from './definition';
import type { SheetMeta } from '@/lib/export/sheet-layout';
import { exportHref, exportMeta } from './export-meta';
import { runReport } from './run';
import { messageKey, tabulate, type ReportTable } from './tabulate';
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

/** With `maxRows`, the page's table holds the first rows only; the export and the print view take all. */
export async function loadReportView(definition: AnyReportDefinition, access: ReportAccess, searchParams: SearchParams, maxRows?: number): Promise<ReportView> {
  const params = { ...searchParams };
  delete params.page;
  const run = await runReport(getDb(), definition, access.scope, access.locale, params, access.today);
  const t = await reportTranslator(access.locale);
  if (!run.ok) return { ok: false, error: t(`Reports.${run.error}`), errorKey: run.error };
  const filterParams = definition.params(run.filters);
  const orgId = access.scope.authority.id;
  const printSearch = new URLSearchParams();
  for (const [key, value] of Object.entries(filterParams)) for (const v of Array.isArray(value) ? value : [value]) printSearch.append(key, v);
  const table = tabulate(definition, run.filters, run.result, t);
  if (maxRows !== undefined) table.rows = table.rows.slice(0, maxRows);
  return {
    ok: true,
    filters: run.filters,
    table,
    shownRows: table.rows.length,
    rowCount: run.result.rows.length,
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
