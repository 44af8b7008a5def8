/**
 * Next's cache handler on Redis, for several app servers behind one load balancer (REDIS_URL;
 * chosen by cache-handler.mjs). Pages and data-cache entries live in Redis, not on each server's
 * disk, and a tag expired on one server is expired on all (redis-tags.mjs: one hash of expiry
 * times that every read checks; `'use cache'` entries go by the same, redis-use-cache-handler.mjs).
 *
 * Kept as page-cache-handler.mjs keeps them: found pages only (an unknown id leaves nothing).
 * Entries are keyed by the build's id, so a new build never serves an old build's pages, and live
 * ENTRY_TTL_S at most (set again on every render): Redis should run with
 * `maxmemory-policy volatile-lru`, which evicts entries and never the tags hash (no TTL).
 *
 * Why not a package: see README "Several app servers". The contract is Next's `cacheHandler`
 * (get, set, revalidateTag, resetRequestCache); tests/db/redis-cache-handler.test.ts calls it as
 * Next's IncrementalCache does, against a real redis-server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { forgetLifetime, isUnfoundPage } from './page-cache-handler.mjs';
import { sharedRedis } from './redis-connection.mjs';
import { expireTags, flushPending, hiddenByTags } from './redis-tags.mjs';

/** How long an entry may stay without being rendered again (a week). */
export const ENTRY_TTL_S = 7 * 24 * 3600;
const TAGS_HEADER = 'x-next-cache-tags';

/** The tags an entry was stored under: a page's from its header, a data entry's from the call. */
function tagsOf(data, ctx) {
  if (data.kind === 'FETCH') return [...(ctx?.tags ?? data.tags ?? [])];
  const header = data.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

export default class RedisCacheHandler {
  /** ctx as Next passes it: serverDistDir (.next/server), revalidatedTags (this request's). */
  constructor(ctx) {
    this.revalidatedTags = ctx.revalidatedTags ?? [];
    this.redis = sharedRedis();
    this.prefix = `kundelik:next:${buildId(ctx.serverDistDir)}:`;
    void flushPending(this.redis);
  }

  resetRequestCache() {}

  async get(key, ctx) {
    let stored;
    try {
      stored = await this.redis.bytes.get(this.prefix + key);
    } catch {
      return null;
    }
    if (!stored) return null;
    const entry = deserialize(stored);
    const tags = [...entry.tags, ...(ctx?.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [])];
    if (tags.some((tag) => this.revalidatedTags.includes(tag))) return null;
    if (await hiddenByTags(this.redis, tags, entry.lastModified)) return null;
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    if (!data || isUnfoundPage(data)) {
      if (data) forgetLifetime(key);
      return;
    }
    const entry = { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx), cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl };
    try {
      await this.redis.bytes.set(this.prefix + key, serialize(entry), { expiration: { type: 'EX', value: ENTRY_TTL_S } });
    } catch {
      // Redis is away: the page is rendered again next time, nothing stale is kept.
    }
  }

  /**
   * Expired now, whatever the profile (`durations`): Next's own cache serves a page once more
   * after revalidateTag(tag, profile) while it renders again, which only its process-local tags
   * manifest can signal; here the next request renders — fresh, never older. (This app expires
   * with updateTag and `expire: 0`, the same either way.)
   */
  async revalidateTag(tags) {
    await expireTags(this.redis, typeof tags === 'string' ? [tags] : tags);
  }
}

const buildIds = new Map();

function buildId(serverDistDir) {
  if (!buildIds.has(serverDistDir)) {
    let id = 'dev';
    try {
      id = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      // next dev has no build id
    }
    buildIds.set(serverDistDir, id);
  }
  return buildIds.get(serverDistDir);
}
