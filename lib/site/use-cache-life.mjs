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

/**
 * `inner` (Next's handler contract) keeping no absent result — ids anyone may type take no room —
 * and answering a get after a pending set of the same key (the contract): both handlers, in
 * memory or in Redis, are wrapped in it.
 */
export function keepingFoundOnly(inner) {
  /** Sets under way: a get of the same key waits for them (the contract). */
  const pendingSets = new Map();
  return {
    ...inner,
    async get(cacheKey, softTags) {
      await pendingSets.get(cacheKey);
      return inner.get(cacheKey, softTags);
    },
    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
      try {
        const entry = await pendingEntry;
        if (isKept(entry)) await inner.set(cacheKey, Promise.resolve(entry));
        else await entry.value.cancel();
      } catch {
        // The render failed: nothing kept, the next read renders.
      } finally {
        pendingSets.delete(cacheKey);
        done();
      }
    },
  };
}
