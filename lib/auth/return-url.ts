/**
 * Where to go after sign-in or sign-out: `value` resolved against the app's origin, kept only
 * when it stays on that origin. Resolving (not inspecting the text) is what the browser does, so
 * `/%09/evil.example/` (a tab the URL parser drops), `/\evil`, `//evil` and foreign absolute URLs
 * all fall back. The answer is absolute: a bare path such as `//evil` (from `/.//evil`) would
 * leave the origin again when assigned.
 */
export function sameOriginUrl(value: string | null | undefined, origin: string, fallback: string): string {
  const base = new URL(origin);
  const resolve = (candidate: string) => {
    try {
      const url = new URL(candidate, base);
      return url.origin === base.origin ? url.href : null;
    } catch {
      return null;
    }
  };
  return (value ? resolve(value) : null) ?? resolve(fallback) ?? base.origin;
}
