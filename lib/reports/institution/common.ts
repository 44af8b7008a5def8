import type { ReportDefinition } from '../definition';
import type { ReportScope, ScopeInstitution } from '../scope';
import { type Parsed, parseTerritory } from '../territory';
import type { SearchParams } from '@/lib/search-params';
import { single } from '@/lib/search-params';

/**
 * Filters shared by the reports of one institution (F-7.3): the institution — required, and one
 * of the authority's subordinate institutions — and, for the journal's statistics, a quarter.
 */

export type InstitutionFilters = { school: number; quarter: number | null; schoolYear: number };

export const INSTITUTION_REPORTS = [
  'about',
  'students',
  'staff',
  'movement',
  'performance',
  'attendance',
  'marks',
  'average',
  'homework',
  'lessons',
  'journal',
  'activity',
  'history',
] as const;
export type InstitutionReportName = (typeof INSTITUTION_REPORTS)[number];

/** The school year a day falls in: from 1 September (2026-11-28 → 2026, for 2026/27). */
export function schoolYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 9 ? year : year - 1;
}

export function parseInstitutionFilters(params: SearchParams, scope: ReportScope, today: string): Parsed<InstitutionFilters> {
  const territory = parseTerritory(params);
  if (!territory.ok) return territory;
  const school = territory.value.school;
  if (school === undefined || !scope.institutions.some((i) => i.id === school)) return { ok: false, error: 'school_unknown' };
  const quarterParam = single(params.quarter);
  if (quarterParam !== undefined && quarterParam !== '' && !/^[1-4]$/.test(quarterParam)) return { ok: false, error: 'filter_invalid' };
  return { ok: true, value: { school, quarter: quarterParam ? Number(quarterParam) : null, schoolYear: schoolYearOf(today) } };
}

export function institutionParams(filters: InstitutionFilters): Record<string, string> {
  return filters.quarter === null ? { school: String(filters.school) } : { school: String(filters.school), quarter: String(filters.quarter) };
}

export function institutionOf(scope: ReportScope, filters: InstitutionFilters): ScopeInstitution {
  return scope.institutions.find((i) => i.id === filters.school)!;
}

/** The parts every institution report shares: key, namespace, title, filters. */
export function institutionReport<R>(name: InstitutionReportName, rest: Pick<ReportDefinition<InstitutionFilters, R>, 'run' | 'columns'> & Partial<ReportDefinition<InstitutionFilters, R>>): ReportDefinition<InstitutionFilters, R> {
  return {
    key: `institution-${name}`,
    namespace: 'ReportInstitution',
    title: `report_${name}`,
    parse: parseInstitutionFilters,
    params: institutionParams,
    ...rest,
  };
}

/** A share in whole percent of a part in a whole; 0 of nothing is 0. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}
