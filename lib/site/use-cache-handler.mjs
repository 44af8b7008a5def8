/**
 * Next's `'use cache'` handler (next.config.ts `cacheHandlers.default`), chosen when each server
 * starts, as cache-handler.mjs chooses the page cache's: with REDIS_URL (several app servers) the
 * shared one in Redis (redis-use-cache-handler.mjs), otherwise Next's own, in this process's
 * memory (50 MB, least recently used out first), keeping found results only
 * (use-cache-life.mjs) and following tag expiries on the wall clock (tag-expiry.mjs).
 * `next build` always uses the in-memory one: it needs no Redis.
 */
import { createRequire } from 'node:module';
import { createRedisUseCacheHandler } from './redis-use-cache-handler.mjs';
import { followingExpiriesHere } from './tag-expiry.mjs';
import { keepingFoundOnly } from './use-cache-life.mjs';

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default.js');

const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== 'phase-production-build';

/** One server's handler: Next's in memory, keeping found results only, following expiries on the wall clock. */
export function createLocalUseCacheHandler(maxBytes = 50 * 1024 * 1024) {
  return keepingFoundOnly(followingExpiriesHere(createDefaultCacheHandler(maxBytes)));
}

export default shared ? createRedisUseCacheHandler() : createLocalUseCacheHandler();
