/**
 * How long the public site's `'use cache'` reads (lib/site/cached.ts) live, and which of them the
 * handlers keep (use-cache-handler.mjs, redis-use-cache-handler.mjs). Plain JavaScript: the
 * handlers are loaded by Node outside Next's bundle.
 *
 * A found result lives until a write expires one of its tags, as the pages do (`revalidate =
 * false`). An absent one (no such organisation or page: ids anyone may type) must not be kept.
 * `expire: 0` would say so, but Next then turns the static page into a dynamic one and answers
 * 500 ("Page changed from static to dynamic"); so it gets a life of one second, which the
 * handlers take as "do not keep" (every absent result ends in a 404, which is not kept either).
 */
export const FOUND_LIFE = { revalidate: 0xfffffffe, expire: 0xfffffffe };
export const ABSENT_LIFE = { revalidate: 1, expire: 1 };

/** Whether a handler keeps this entry: not an absent result (nor anything else under a minute). */
export function isKept(entry) {
  return entry.expire >= 60;
}
