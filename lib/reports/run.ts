import type { Database } from '@/db';
import type { Locale } from '@/lib/i18n/routing';
import type { AnyReportDefinition, ReportResult } from './definition';
import type { ReportScope } from './scope';
import type { FilterError } from './territory';
import type { SearchParams } from '@/lib/search-params';

export type ReportRun = { ok: true; filters: unknown; result: ReportResult<unknown> } | { ok: false; error: FilterError };

/** Parses the filters against the scope and, when they hold, runs the report: one path for page, print and export. */
export async function runReport(db: Database, definition: AnyReportDefinition, scope: ReportScope, locale: Locale, params: SearchParams, today: string): Promise<ReportRun> {
  const parsed = definition.parse(params, scope, today);
  if (!parsed.ok) return parsed;
  const result = await definition.run({ db, scope, locale, today }, parsed.value);
  return { ok: true, filters: parsed.value, result };
}
