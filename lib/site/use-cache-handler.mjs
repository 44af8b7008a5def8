/**
 * Next's `'use cache'` handler (next.config.ts `cacheHandlers.default`), chosen when each server
 * starts, as cache-handler.mjs chooses the page cache's: with REDIS_URL (several app servers) the
 * shared one in Redis (redis-use-cache-handler.mjs), otherwise Next's own, in this process's
 * memory (50 MB, least recently used out first), keeping found results only
 * (use-cache-life.mjs). `next build` always uses the in-memory one: it needs no Redis.
 */
import { createRequire } from 'node:module';
import { createRedisUseCacheHandler } from './redis-use-cache-handler.mjs';
import { isKept } from './use-cache-life.mjs';

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default.js');

/** `inner` (Next's handler contract) keeping no absent result: ids anyone may type take no room. */
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

const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== 'phase-production-build';

export default shared ? createRedisUseCacheHandler() : keepingFoundOnly(createDefaultCacheHandler(50 * 1024 * 1024));
