import type { CsvFlavour } from '@/lib/export/csv';
import type { SheetMeta } from '@/lib/export/sheet-layout';
import { single } from '@/lib/search-params';
import type { AnyReportDefinition } from './definition';
import type { ReportScope } from './scope';
import { messageKey, type Translate } from './tabulate';

/** Address parameters that steer the export itself rather than filter the report. */
export const EXPORT_CONTROL_PARAMS = ['org', 'format', 'locale', 'page'] as const;

/**
 * What the report covers, in words: the institution of a per-institution report, or the district
 * and type chosen, or the whole territory. Ids are looked up in the authority's own scope only.
 */
export function coverageLine(scope: ReportScope, params: Record<string, string | string[]>, t: Translate): string {
  const find = (list: Array<{ id: number; name: string }>, key: string) => list.find((item) => String(item.id) === single(params[key]))?.name;
  const school = scope.institutions.find((i) => String(i.id) === single(params.school));
  if (school) return `${t('Reports.institution')}: ${school.fullName}`;
  const parts = [
    [t('Reports.district'), find(scope.districts, 'district')],
    [t('Reports.institution_type'), find(scope.types, 'type')],
  ].filter((part): part is [string, string] => part[1] !== undefined);
  if (parts.length === 0) return `${t('Reports.territory')}: ${scope.authority.regionName || scope.authority.shortName}, ${t('Reports.coverage_all')}`;
  return parts.map(([label, name]) => `${label}: ${name}`).join('; ');
}

/**
 * The title and the lines above the table, the same in the XLSX, the CSV and the print view, so
 * printouts for different schools or districts can be told apart: the authority, what the report
 * covers, the day it was made and the day its figures are as of (a report of another day says so).
 */
export function exportMeta(definition: AnyReportDefinition, access: { scope: ReportScope; today: string }, t: Translate, params: Record<string, string | string[]>): SheetMeta {
  return {
    title: t(messageKey(definition.namespace, definition.title ?? 'title')),
    lines: [
      access.scope.authority.fullName,
      coverageLine(access.scope, params, t),
      `${t('Reports.made_on')}: ${access.today}`,
      `${t('Reports.as_of')}: ${single(params.on) || access.today}`,
    ],
  };
}

/** The export link of a report with its filters. */
export function exportHref(definition: AnyReportDefinition, orgId: number, locale: string, format: 'xlsx' | CsvFlavour, params: Record<string, string | string[]>): string {
  const search = new URLSearchParams({ org: String(orgId), format, locale });
  for (const [key, value] of Object.entries(params)) for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  return `/api/export/${definition.key}?${search.toString()}`;
}
