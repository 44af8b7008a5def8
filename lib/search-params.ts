import { withoutUnsafeText } from './safe-text';

/** A page's address parameters as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The one reader of an address parameter: its first value (undefined when absent), without the
 * characters PostgreSQL cannot store (lib/safe-text.ts), so `?q=%00` searches for nothing odd
 * instead of failing the page.
 */
export function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : withoutUnsafeText(first);
}

/** The longest text a name search takes (the field's maxlength, components/ui/search-form.tsx). */
export const SEARCH_MAX_LENGTH = 100;

/** A name search from the address (`?q=`): trimmed, at most SEARCH_MAX_LENGTH characters, '' when absent. */
export function searchText(value: string | string[] | undefined): string {
  return (single(value) ?? '').trim().slice(0, SEARCH_MAX_LENGTH);
}

/** A LIKE pattern that finds `text` anywhere: `%text%` with %, _ and \ escaped (PostgreSQL's default escape). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
