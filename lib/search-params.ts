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
