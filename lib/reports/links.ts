import type { SearchParams } from '@/lib/search-params';

/** The same report in another form, keeping every other filter of the address. */
export function formHref(path: string, params: SearchParams, form: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === 'form' || key === 'page' || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  search.set('form', form);
  return `${path}?${search.toString()}`;
}

/** Where the print view's "Back to the report" leads: the report's own page with the same filters. */
export function printBackHref(authorityId: number, reportKey: string, params: SearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  const base = `/org/${authorityId}/reports`;
  const school = search.get('school');
  // The due list is the attestation page's second form (its tab).
  if (reportKey === 'attestation-due') search.set('form', 'due');
  const page =
    reportKey === 'activity'
      ? `${base}/activity`
      : reportKey === 'register'
        ? `${base}/institutions`
        : reportKey.startsWith('attestation')
          ? `${base}/attestation`
          : reportKey.startsWith('institution-') && school
            ? `${base}/institutions/${school}/${reportKey.slice('institution-'.length)}`
            : base;
  const query = search.toString();
  return query ? `${page}?${query}` : page;
}
