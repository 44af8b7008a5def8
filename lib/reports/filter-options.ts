import type { ReportScope, ScopeInstitution } from './scope';
import { selectInstitutions, type TerritoryFilter } from './territory';

/**
 * An institution as the territory filter receives it: a tuple rather than an object, whose four
 * key names would be most of its weight in the page's payload (issue 13).
 */
export type InstitutionEntry = [id: number, name: string, territoryId: number | null, typeId: number | null];

/**
 * Up to this many institutions the page sends the whole list and the cascade narrows it in the
 * browser; a larger region (a city: 200) would add ≈ 28 KB to every report page (options in the
 * HTML and the list again for the browser), so there the page sends only what fits the district
 * or type chosen and the browser asks for another district's list when it is chosen.
 */
export const FILTER_LIST_MAX = 60;

export function filterOptions(institutions: readonly ScopeInstitution[]): InstitutionEntry[] {
  return institutions.map((i) => [i.id, i.shortName, i.territoryId, i.typeId]);
}

/** What the page sends the filter: `complete` when it is every institution of the scope. */
export function initialFilterList(scope: ReportScope, filter: TerritoryFilter): { institutions: InstitutionEntry[]; complete: boolean } {
  if (scope.institutions.length <= FILTER_LIST_MAX) return { institutions: filterOptions(scope.institutions), complete: true };
  const narrowed = filter.district !== undefined || filter.type !== undefined ? selectInstitutions(scope, { district: filter.district, type: filter.type }) : null;
  const fitting = narrowed?.ok ? narrowed.value : [];
  // The chosen institution is always listed, so the select shows it (even when it does not fit: the page says so).
  const chosen = scope.institutions.find((i) => i.id === filter.school);
  return { institutions: filterOptions(chosen && !fitting.includes(chosen) ? [chosen, ...fitting] : fitting), complete: false };
}
