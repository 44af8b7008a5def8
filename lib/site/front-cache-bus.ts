/**
 * The front cache's drops between app servers (REDIS_URL): every drop is published on one Redis
 * channel, and every server drops its own copies when another announces one. Redis pub/sub, not
 * PostgreSQL LISTEN/NOTIFY: the servers already share Redis for Next's cache (its tags live there),
 * and a LISTEN needs one database connection held per server outside the pool, which
 * PgBouncer-style poolers in front of PostgreSQL do not carry.
 *
 * Pub/sub keeps no message for a server that is not listening, so the front cache serves only
 * while this server's subscription is up (`listening`), and drops everything when it comes back:
 * whatever it missed cannot be served. Plain Node, loaded by server.ts.
 */
import { randomUUID } from 'node:crypto';
import { connect, sharedRedis } from './redis-connection.mjs';
import { dropLocalFrontCache, setFrontCacheBus, type FrontCacheBus } from './front-cache';

export const DROP_CHANNEL = 'kundelik:site-front-cache:drop';

/** Subscribes to the other servers' drops and publishes ours; resolves once listening (or after `waitMs`). */
export async function connectFrontCacheBus(url = process.env.REDIS_URL!, waitMs = 5000): Promise<{ bus: FrontCacheBus; close: () => Promise<void> }> {
  const self = randomUUID();
  // Publishing goes over the connection Next's cache handler uses; subscribing needs its own.
  const publisher = sharedRedis().text;
  const subscriber = connect(url).text;
  const bus: FrontCacheBus = {
    listening: false,
    announce: () => {
      publisher.publish(DROP_CHANNEL, self).catch((error: unknown) => {
        // The others may keep a copy: stop trusting ours too until the line is back.
        console.error(`[front cache] a drop could not be announced: ${error instanceof Error ? error.message : String(error)}`);
      });
    },
  };
  const down = () => {
    bus.listening = false;
    dropLocalFrontCache();
  };
  subscriber.on('error', down);
  subscriber.on('end', down);
  subscriber.on('reconnecting', down);
  const onDrop = (sender: string) => {
    if (sender !== self) dropLocalFrontCache();
  };
  let subscribed = false;
  const listening = new Promise<void>((resolve) => {
    // node-redis subscribes again by itself on every reconnection, before 'ready'; the first
    // subscription is made here. Drops missed while away are unknown: everything goes.
    subscriber.on('ready', async () => {
      if (!subscribed) {
        try {
          await subscriber.subscribe(DROP_CHANNEL, onDrop);
          subscribed = true;
        } catch {
          return;
        }
      }
      dropLocalFrontCache();
      bus.listening = true;
      resolve();
    });
  });
  setFrontCacheBus(bus);
  await Promise.race([listening, new Promise((r) => setTimeout(r, waitMs).unref())]);
  return {
    bus,
    close: async () => {
      setFrontCacheBus(undefined);
      await subscriber.quit().catch(() => {});
    },
  };
}
