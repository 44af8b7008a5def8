import type { SheetMeta } from '@/lib/export/sheet-layout';
import type { AnyReportDefinition } from './definition';
import type { ReportScope } from './scope';
import { messageKey, type Translate } from './tabulate';

/** Address parameters that steer the export itself rather than filter the report. */
export const EXPORT_CONTROL_PARAMS = ['org', 'format', 'locale', 'page'] as const;

/** The title and the lines above the table: the report, the authority, the day it was made. */
export function exportMeta(definition: AnyReportDefinition, access: { scope: ReportScope; today: string }, t: Translate): SheetMeta {
  return {
    title: t(messageKey(definition.namespace, definition.title ?? 'title')),
    lines: [access.scope.authority.fullName, `${t('Reports.as_of')}: ${access.today}`],
  };
}

/** The export link of a report with its filters. */
export function exportHref(definition: AnyReportDefinition, orgId: number, locale: string, format: 'xlsx' | 'csv', params: Record<string, string | string[]>): string {
  const search = new URLSearchParams({ org: String(orgId), format, locale });
  for (const [key, value] of Object.entries(params)) for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  return `/api/export/${definition.key}?${search.toString()}`;
}
