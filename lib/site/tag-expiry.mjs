/**
 * When a cache tag hides an entry, on one clock: the wall clock (Date.now).
 *
 * Why not Next's own rule alone: one server keeps one tags manifest for both of Next's caches,
 * but writes it by two clocks. The page cache (FileSystemCache.revalidateTag) stamps an expiry
 * with Date.now(), the `'use cache'` handler with the performance clock (timeOrigin + now), and
 * the check (areTagsExpired) takes effect only once the performance clock has passed the stamp.
 * The two clocks of a long-running process drift apart (the wall clock is adjusted, the other is
 * not); while the wall clock is ahead, an expiry does nothing: the page answered after a write is
 * the old one, and the front cache keeps that copy until the next write (seen in CI: an answer
 * just published missing on the visitor's reload). So each of our handlers also notes the expiry
 * here and hides what was made before it (tests/unit/tag-expiry.test.ts). The shared handlers
 * (redis-tags.mjs) go by the same rule, with the times in Redis.
 *
 * Plain JavaScript: Next's cache handlers load it outside its bundle.
 */

/**
 * A tag expired after the entry was made and before now hides the entry. Expiry times are whole
 * milliseconds; so that one made in the millisecond of the entry hides it too — which came first
 * is unknown, and an extra render is the safe side of that, a stale page kept until the next
 * change is not.
 */
export function isExpired(expiredAt, lastModified, now) {
  const made = Math.floor(lastModified);
  return expiredAt.some((at) => at != null && Number(at) >= made && Number(at) <= now);
}

/**
 * How far this process's performance clock (by which Next stamps `'use cache'` entries) is ahead
 * of its wall clock: an entry's wall-clock time is `timestamp - performanceAhead()`.
 */
export const performanceAhead = () => performance.timeOrigin + performance.now() - Date.now();

/** Tag → when it was last expired on this server (wall clock, ms). Bounded by the tags in use. */
const expiredHere = new Map();

/**
 * Notes that `tags` expire now (Next's `updateTag`, or `revalidateTag` with `expire: 0`). An
 * expiry later than now (stale-while-revalidate) is left to Next's manifest: the app makes none.
 */
export function expireHere(tags, durations) {
  if (durations && durations.expire !== 0) return;
  const at = Date.now();
  for (const tag of typeof tags === 'string' ? [tags] : tags) expiredHere.set(tag, at);
}

/** Whether an entry made at `madeAt` (wall clock) under `tags` is hidden by an expiry noted here. */
export function hiddenHere(tags, madeAt) {
  return tags.length > 0 && isExpired(tags.map((tag) => expiredHere.get(tag)), madeAt, Date.now());
}

/** Next's in-memory `'use cache'` handler, also hiding what an expiry noted here hides. */
export function followingExpiriesHere(inner) {
  return {
    ...inner,
    async get(cacheKey, softTags) {
      const entry = await inner.get(cacheKey, softTags);
      if (entry && hiddenHere([...entry.tags, ...softTags], entry.timestamp - performanceAhead())) {
        await entry.value.cancel();
        return undefined;
      }
      return entry;
    },
    async updateTags(tags, durations) {
      expireHere(tags, durations);
      return inner.updateTags(tags, durations);
    },
  };
}
