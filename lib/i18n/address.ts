/** An in-app address from a path and its query (components/ui/nav-link.tsx). */
type Query = Record<string, string | number | string[] | undefined | null>;
export type Href = string | { pathname: string; query?: Query };

/** The address as Next's Link writes it: no empty `?`, no `undefined` values. */
export function addressOf(href: Href): string {
  if (typeof href === 'string') return href;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(href.query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
  }
  const query = search.toString();
  return query ? `${href.pathname}?${query}` : href.pathname;
}
