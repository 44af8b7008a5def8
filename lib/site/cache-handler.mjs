/**
 * Next's cache handler (next.config.ts `cacheHandler`), chosen when each server starts, so one
 * build serves either way: with REDIS_URL (several app servers) the shared one in Redis
 * (redis-cache-handler.mjs), otherwise Next's file-system cache keeping found pages only
 * (page-cache-handler.mjs). `next build` always uses the file-system one: it needs no Redis.
 */
import PageCacheHandler from './page-cache-handler.mjs';
import RedisCacheHandler from './redis-cache-handler.mjs';

const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== 'phase-production-build';

export default shared ? RedisCacheHandler : PageCacheHandler;
