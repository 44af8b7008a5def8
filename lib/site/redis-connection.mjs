/**
 * The Redis connection of an app server when several serve one installation (REDIS_URL; README
 * "Several app servers"). Next's cache handler (redis-cache-handler.mjs, loaded by Node outside
 * Next's bundle) and the front cache's drops (front-cache-bus.ts, in server.ts) share one
 * connection per process through globalThis, as they share the front cache.
 *
 * Commands fail at once while Redis is unreachable (no offline queue): a cache read is then a
 * miss (a render), never a wait; what must not be lost (an expired tag) is kept by its caller and
 * written again on 'ready'. Plain JavaScript for the same reason as the cache handler.
 */
import { createClient, RESP_TYPES } from '@redis/client';

const KEY = Symbol.for('kundelik.redis');

/** The shared connection: `text` answers strings, `bytes` the same commands as Buffers (cache entries). */
export function sharedRedis() {
  const holder = /** @type {Record<symbol, ReturnType<typeof connect>>} */ (/** @type {unknown} */ (globalThis));
  holder[KEY] ??= connect(process.env.REDIS_URL);
  return holder[KEY];
}

/** A new connection to `url`, connecting in the background and reconnecting for good. */
export function connect(url) {
  const text = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000) },
  });
  let reported = false;
  text.on('error', (error) => {
    // One line per outage, not one per reconnect attempt.
    if (!reported) console.error(`[redis] ${error instanceof Error ? error.message : String(error)}`);
    reported = true;
  });
  text.on('ready', () => (reported = false));
  text.connect().catch(() => {});
  return { text, bytes: text.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }) };
}
