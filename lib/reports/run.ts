import type { Database } from '@/db';
import type { Locale } from '@/lib/i18n/routing';
import type { AnyReportDefinition, ReportResult } from './definition';
import type { ReportScope } from './scope';
import type { FilterError } from './territory';
import type { SearchParams } from '@/lib/search-params';

export type ReportRun = { ok: true; filters: unknown; result: ReportResult<unknown>; rowCount: number } | { ok: false; error: FilterError };

/**
 * Parses the filters against the scope and, when they hold, runs the report: one path for page,
 * print and export. With `window`, a definition that can (`runPage`) reads only that page's rows;
 * `rowCount` is then how many the report has in all.
 */
export async function runReport(
  db: Database,
  definition: AnyReportDefinition,
  scope: ReportScope,
  locale: Locale,
  params: SearchParams,
  today: string,
  window?: { limit: number; offset: number },
): Promise<ReportRun> {
  const parsed = definition.parse(params, scope, today);
  if (!parsed.ok) return parsed;
  const context = { db, scope, locale, today };
  if (window && definition.runPage) {
    const page = await definition.runPage(context, parsed.value, window);
    return { ok: true, filters: parsed.value, result: { rows: page.rows }, rowCount: page.total };
  }
  const result = await definition.run(context, parsed.value);
  return { ok: true, filters: parsed.value, result, rowCount: result.rows.length };
}
