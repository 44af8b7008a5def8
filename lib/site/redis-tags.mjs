/**
 * Tag expiry shared by several app servers over Redis: one hash of each tag's last expiry time,
 * written by whichever server expires it and checked by every cache read on every server. Both of
 * Next's caches go by it — pages (redis-cache-handler.mjs) and `'use cache'` entries
 * (redis-use-cache-handler.mjs) — the same rule as Next's own in-process tags manifest
 * (tags-manifest.external.js), shared, on the wall clock (tag-expiry.mjs).
 */
import { isExpired } from './tag-expiry.mjs';

/** The hash: tag → the time (ms) it was last expired. No TTL, so volatile-lru never evicts it. */
export const TAGS_KEY = 'kundelik:next:tags';

/**
 * Whether an entry made at `madeAt` under `tags` is hidden by an expiry. Redis unreachable: yes
 * (a render, never a possibly stale entry).
 */
export async function hiddenByTags(redis, tags, madeAt) {
  if (tags.length === 0) return false;
  try {
    return isExpired(await redis.text.hmGet(TAGS_KEY, tags), madeAt, Date.now());
  } catch {
    return true;
  }
}

/** Tags expired while Redis was unreachable, written when it is back (see `flushPending`). */
const pending = new Map();
/** The write under way, if any. */
let flushing = null;
let waitingForRedis = false;

/**
 * Expires `tags` now on every server. Resolves once they are in Redis, or kept to be written when
 * Redis is back (a cache read fails meanwhile, so nothing stale is served).
 */
export async function expireTags(redis, tags) {
  if (tags.length === 0) return;
  const at = Date.now();
  for (const tag of tags) pending.set(tag, Math.max(at, pending.get(tag) ?? 0));
  await flushPending(redis);
}

/**
 * Writes the expired tags not yet in Redis; on failure they wait for the connection's return.
 * A call made while another write is under way waits for it and writes what is left, so no
 * caller returns before its own tags are written (or kept for Redis's return).
 */
export async function flushPending(redis) {
  while (flushing) await flushing;
  if (pending.size === 0) return;
  flushing = writePending(redis);
  try {
    await flushing;
  } finally {
    flushing = null;
  }
}

async function writePending(redis) {
  const batch = new Map(pending);
  try {
    await redis.text.hSet(TAGS_KEY, Object.fromEntries([...batch].map(([tag, at]) => [tag, String(at)])));
    for (const [tag, at] of batch) if (pending.get(tag) === at) pending.delete(tag);
  } catch (error) {
    console.error(`[redis] ${batch.size} expired tag(s) kept to write when Redis is back: ${error instanceof Error ? error.message : String(error)}`);
    if (!waitingForRedis) {
      waitingForRedis = true;
      redis.text.once('ready', () => {
        waitingForRedis = false;
        void flushPending(redis);
      });
    }
  }
}
