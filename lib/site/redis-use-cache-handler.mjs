/**
 * Next's `'use cache'` handler on Redis (next.config.ts `cacheHandlers.default`, chosen by
 * use-cache-handler.mjs when REDIS_URL is set): the public site's reads (lib/site/cached.ts) kept
 * once for all app servers, and hidden on all of them as soon as one expires a tag — by the same
 * Redis hash of expiry times as the pages (redis-tags.mjs). Next's own default keeps them in each
 * process's memory, where a write on one server would leave the other rendering old data.
 *
 * The contract is Next's CacheHandler (next/dist/server/lib/cache-handlers/types.d.ts: get, set,
 * refreshTags, getExpiration, updateTags); tests/db/redis-use-cache-handler.test.ts calls it as
 * Next's use-cache wrapper does, against a real redis-server. Plain JavaScript: Next imports it at
 * run time, outside its bundle.
 */
import { deserialize, serialize } from 'node:v8';
import { ENTRY_TTL_S } from './redis-cache-handler.mjs';
import { sharedRedis } from './redis-connection.mjs';
import { expireTags, flushPending, hiddenByTags } from './redis-tags.mjs';
import { performanceAhead } from './tag-expiry.mjs';
import { keepingFoundOnly } from './use-cache-life.mjs';

export const PREFIX = 'kundelik:use-cache:';

async function bytesOf(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

/**
 * Absent results and pending sets as for the in-memory handler (use-cache-life.mjs keepingFoundOnly).
 * Next stamps an entry by this process's performance clock; the expiry times in Redis are
 * wall-clock times of whichever server expired the tag. Entries are kept on the wall clock and
 * handed back on the performance clock (tag-expiry.mjs performanceAhead).
 */
export function createRedisUseCacheHandler(redis = sharedRedis()) {
  return keepingFoundOnly({
    async get(cacheKey, softTags) {
      let stored;
      try {
        stored = await redis.bytes.get(PREFIX + cacheKey);
      } catch {
        return undefined;
      }
      if (!stored) return undefined;
      const { value, ...entry } = deserialize(stored);
      // As Next's default in production: past `revalidate`, a miss (our entries have none).
      if (Date.now() > entry.timestamp + entry.revalidate * 1000) return undefined;
      // The page's own tags (softTags) are checked here: getExpiration answers Infinity.
      if (await hiddenByTags(redis, [...entry.tags, ...softTags], entry.timestamp)) return undefined;
      return { ...entry, timestamp: entry.timestamp + performanceAhead(), value: streamOf(value) };
    },

    /** Only found results reach here (keepingFoundOnly). */
    async set(cacheKey, pendingEntry) {
      try {
        const { value, ...entry } = await pendingEntry;
        const bytes = await bytesOf(value);
        const ttl = Math.max(1, Math.min(ENTRY_TTL_S, entry.expire));
        const timestamp = entry.timestamp - performanceAhead();
        await redis.bytes.set(PREFIX + cacheKey, serialize({ ...entry, timestamp, value: bytes }), { expiration: { type: 'EX', value: ttl } });
      } catch {
        // Redis away: nothing kept, the next read renders.
      }
    },

    /** Every get reads the expiry times from Redis: nothing to refresh per request. */
    async refreshTags() {
      await flushPending(redis);
    },

    /** Infinity: the soft tags are passed to get, which checks them with the entry's own. */
    async getExpiration() {
      return Infinity;
    },

    /** Expired now whatever the durations, as for pages (redis-cache-handler.mjs revalidateTag). */
    async updateTags(tags) {
      await expireTags(redis, tags);
    },
  });
}
