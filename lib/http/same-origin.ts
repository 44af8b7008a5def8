/**
 * The one same-origin check of the route handlers that take a POST from our own pages (uploads,
 * the citizens' forms). Browsers send Origin with every cross-site POST; a request without one
 * (curl, an old browser on a same-origin form) passes, and the session or the form's own limits
 * decide. An Origin that is not ours — another host, `null` from a sandboxed frame or a
 * data: page, or anything unparsable — is cross-site: 403, never an exception.
 */
export function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
