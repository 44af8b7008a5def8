import { z } from 'zod';
import { optionalUrlIdField } from '@/lib/ids';
import type { SearchParams } from '@/lib/search-params';
import type { ReportScope, ScopeInstitution } from './scope';

/**
 * The territory filter every report has (region → district → institution type → institution),
 * parsed from the address and checked against the authority's own scope: an id that is not
 * one of its districts, types or subordinate institutions is refused, never looked up freely.
 */


export type TerritoryFilter = { district?: number; type?: number; school?: number };

/** The filter's error, a message key of the Reports namespace. */
export type FilterError = 'filter_invalid' | 'district_unknown' | 'type_unknown' | 'school_unknown' | 'school_outside_filter' | 'date_invalid' | 'choose_role_and_category';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FilterError };

export function paramsOf(search: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

const territorySchema = z.object({ district: optionalUrlIdField, type: optionalUrlIdField, school: optionalUrlIdField });

export function parseTerritory(params: SearchParams): Parsed<TerritoryFilter> {
  const parsed = territorySchema.safeParse({ district: params.district, type: params.type, school: params.school });
  if (!parsed.success) return { ok: false, error: 'filter_invalid' };
  return { ok: true, value: Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as TerritoryFilter };
}

/** The institutions the filter selects, or the reason it selects nothing legitimately. */
export function selectInstitutions(scope: ReportScope, filter: TerritoryFilter): Parsed<ScopeInstitution[]> {
  if (filter.district !== undefined && !scope.districts.some((d) => d.id === filter.district)) return { ok: false, error: 'district_unknown' };
  if (filter.type !== undefined && !scope.types.some((t) => t.id === filter.type)) return { ok: false, error: 'type_unknown' };
  const school = filter.school === undefined ? undefined : scope.institutions.find((i) => i.id === filter.school);
  if (filter.school !== undefined && !school) return { ok: false, error: 'school_unknown' };
  // An institution of another district or type than the ones chosen is said so, not answered with zeros.
  if (school && ((filter.district !== undefined && school.territoryId !== filter.district) || (filter.type !== undefined && school.typeId !== filter.type))) {
    return { ok: false, error: 'school_outside_filter' };
  }
  return {
    ok: true,
    value: scope.institutions.filter(
      (i) =>
        (filter.district === undefined || i.territoryId === filter.district) &&
        (filter.type === undefined || i.typeId === filter.type) &&
        (filter.school === undefined || i.id === filter.school),
    ),
  };
}

/** The filter as address parameters, for links and the export URL. */
export function territoryParams(filter: TerritoryFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)]));
}
