import { z } from 'zod';
import { idField } from '@/lib/ids';
import { searchText } from '@/lib/search-params';

/** Checkboxes send nothing, one value or several; at most a page's worth at a time. */
const idList = (max: number, emptyKey: string) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(idField)
      .max(max, 'too_long')
      .transform((ids) => [...new Set(ids)]),
  ).refine((ids) => emptyKey === '' || ids.length > 0, emptyKey);

export const SUBORDINATES_PAGE_SIZE = 25;

/** F-4.7: "Exclude >" moves checked rows of the left list, "< Add" those of the right one. */
export const moveSubordinatesSchema = z.object({
  orgId: idField,
  direction: z.enum(['exclude', 'add'], 'invalid'),
  institutionIds: idList(200, 'Subordinates.nothing_checked'),
});

/** F-4.8: the institution types ticked (none is allowed: then only hand-added ones count). */
export const subordinateTypesSchema = z.object({
  orgId: idField,
  typeIds: idList(500, ''),
});

/** The filters of F-4.7, from the URL; the name as every name search reads it (cut to its longest, not dropped). */
export const subordinateFiltersSchema = z.object({
  q: z.string().optional().catch(undefined).transform((q) => searchText(q)),
  type: idField.optional().catch(undefined),
  group: idField.optional().catch(undefined),
  territory: idField.optional().catch(undefined),
});

/**
 * The filters with only ids among the page's choices: an id typed into the address that is not
 * one of them (another authority's territory, a type since deleted) would otherwise filter both
 * lists to nothing while its select shows "All".
 */
export function filtersAmongOptions(filters: SubordinateFilters, options: Record<'types' | 'groups' | 'territories', { id: number }[]>): SubordinateFilters {
  const among = (id: number | undefined, list: { id: number }[]) => (id !== undefined && list.some((o) => o.id === id) ? id : undefined);
  return { q: filters.q, type: among(filters.type, options.types), group: among(filters.group, options.groups), territory: among(filters.territory, options.territories) };
}

export type MoveSubordinatesInput = z.infer<typeof moveSubordinatesSchema>;
export type SubordinateFilters = z.infer<typeof subordinateFiltersSchema>;
