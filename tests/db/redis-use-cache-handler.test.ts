import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, type RedisConnection } from '@/lib/site/redis-connection.mjs';
import { createRedisUseCacheHandler, PREFIX } from '@/lib/site/redis-use-cache-handler.mjs';
import { ABSENT_LIFE, FOUND_LIFE } from '@/lib/site/use-cache-life.mjs';
import { startRedisServer, type RunningRedis } from '../support/redis-server';

/**
 * Next's `'use cache'` handler for several app servers (lib/site/redis-use-cache-handler.mjs)
 * against a real redis-server, called as Next's use-cache wrapper calls it. Two handlers on two
 * connections stand for two servers: what one keeps and expires, the other sees at once.
 */
let redis: RunningRedis;
let connA: RedisConnection;
let connB: RedisConnection;
let serverA: ReturnType<typeof createRedisUseCacheHandler>;
let serverB: ReturnType<typeof createRedisUseCacheHandler>;

beforeAll(async () => {
  redis = await startRedisServer();
  connA = connect(redis.url);
  connB = connect(redis.url);
  serverA = createRedisUseCacheHandler(connA);
  serverB = createRedisUseCacheHandler(connB);
  for (let i = 0; !(connA.text.isReady && connB.text.isReady); i++) {
    if (i > 500) throw new Error('Redis not ready');
    await new Promise((r) => setTimeout(r, 20));
  }
});

afterAll(async () => {
  await connA?.text.quit().catch(() => {});
  await connB?.text.quit().catch(() => {});
  await redis?.stop();
});


/** An entry as the wrapper hands it over: pending, its value a stream still being written. */
function entry(body: string, tags: string[], life: { revalidate: number; expire: number } = FOUND_LIFE) {
  const value = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(new TextEncoder().encode(body.slice(0, 3)));
      await new Promise((r) => setTimeout(r, 20));
      controller.enqueue(new TextEncoder().encode(body.slice(3)));
      controller.close();
    },
  });
  // Stamped as Next stamps entries: by the performance clock.
  return Promise.resolve({ value, tags, stale: 300, timestamp: performance.timeOrigin + performance.now(), ...life });
}

async function bodyOf(found: Awaited<ReturnType<typeof serverA.get>>) {
  return found ? new Response(found.value).text() : null;
}

const tick = () => new Promise((r) => setTimeout(r, 2));

describe("'use cache' entries in Redis, shared by several app servers", () => {
  it('serves on B the entry kept on A, until A expires one of its tags', async () => {
    const key = '["build-1","site-news",[1,1,10]]';
    await serverA.set(key, entry('{"publishedAt":"$D2026-12-04T10:00:00.000Z"}', ['org:1', 'org:1:news']));
    const onB = await serverB.get(key, ['_N_T_/kk/site/1']);
    expect(await bodyOf(onB)).toBe('{"publishedAt":"$D2026-12-04T10:00:00.000Z"}');
    expect(onB?.tags).toEqual(['org:1', 'org:1:news']);

    await tick();
    await serverA.updateTags(['org:2:news']);
    expect(await bodyOf(await serverB.get(key, []))).not.toBeNull();
    await serverA.updateTags(['org:1:news']);
    expect(await serverB.get(key, [])).toBeUndefined();
    // revalidateTag(tag, { expire: 0 }) from a route handler: the same.
    await tick();
    await serverB.set(key, entry('{"fresh":1}', ['org:1', 'org:1:news']));
    expect(await bodyOf(await serverA.get(key, []))).toBe('{"fresh":1}');
    await tick();
    await serverB.updateTags(['org:1'], { expire: 0 });
    expect(await serverA.get(key, [])).toBeUndefined();
  });

  it("hides an entry when one of the page's own tags (soft tags) expires", async () => {
    const key = '["build-1","site-pages",[3]]';
    await serverA.set(key, entry('[]', ['org:3:pages']));
    await tick();
    await serverA.updateTags(['_N_T_/kk/site/3']);
    expect(await serverB.get(key, ['_N_T_/kk/site/3'])).toBeUndefined();
    expect(await serverB.getExpiration(['_N_T_/kk/site/3'])).toBe(Infinity);
  });

  it('keeps nothing of an absent result: ids anyone may type', async () => {
    const key = '["build-1","site-page",[1,1900000001]]';
    await serverA.set(key, entry('null', ['org:1', 'org:1:pages'], ABSENT_LIFE));
    expect(await serverB.get(key, [])).toBeUndefined();
    expect(await connA.text.keys(`${PREFIX}*1900000001*`)).toEqual([]);
  });

  it("hides an entry made just before a tag's expiry when the performance clock runs ahead of the wall clock", async () => {
    // The performance clock (Next's stamps) is not adjusted as the wall clock (the expiry times)
    // is: 50 ms ahead, an entry made 1 ms before the expiry looked 49 ms younger than it.
    const now = performance.now.bind(performance);
    const ahead = vi.spyOn(performance, 'now').mockImplementation(() => now() + 50);
    try {
      const key = '["build-1","site-news",[6,1,10]]';
      await serverA.set(key, entry('{"old":1}', ['org:6:news']));
      expect(await bodyOf(await serverB.get(key, []))).toBe('{"old":1}');
      await tick();
      await serverB.updateTags(['org:6:news']);
      expect(await serverA.get(key, [])).toBeUndefined();
      expect(await serverB.get(key, [])).toBeUndefined();
    } finally {
      ahead.mockRestore();
    }
  });

  it('answers a get on the same server after its pending set, not a miss', async () => {
    const key = '["build-1","site-wall",[4,5]]';
    const setting = serverA.set(key, entry('{"rows":[]}', ['org:4:wall']));
    expect(await bodyOf(await serverA.get(key, []))).toBe('{"rows":[]}');
    await setting;
  });
});
