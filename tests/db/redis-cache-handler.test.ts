import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RunningRedis } from '../support/redis-server';

/**
 * Next's cache handler for several app servers (lib/site/redis-cache-handler.mjs) against a real
 * redis-server, called as Next's IncrementalCache calls it. Two handler objects stand for two
 * servers: what one stores and expires, the other sees.
 */
let redis: RunningRedis;
const dir = mkdtempSync(path.join(tmpdir(), 'redis-cache-'));
const serverDistDir = path.join(dir, 'server');
writeFileSync(path.join(dir, 'BUILD_ID'), 'build-1');

type Handler = import('@/lib/site/redis-cache-handler.mjs').default;
let serverA: Handler;
let serverB: Handler;
let text: import('@/lib/site/redis-connection.mjs').RedisConnection['text'];

beforeAll(async () => {
  redis = await startRedisServer();
  process.env.REDIS_URL = redis.url;
  const { default: RedisCacheHandler } = await import('@/lib/site/redis-cache-handler.mjs');
  const { sharedRedis } = await import('@/lib/site/redis-connection.mjs');
  serverA = new RedisCacheHandler({ serverDistDir, revalidatedTags: [] });
  serverB = new RedisCacheHandler({ serverDistDir, revalidatedTags: [] });
  text = sharedRedis().text;
  await until(() => text.isReady);
});

afterAll(async () => {
  await text?.quit().catch(() => {});
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function until(done: () => boolean | Promise<boolean>, ms = 10_000) {
  const began = Date.now();
  while (!(await done())) {
    if (Date.now() - began > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const route = `/route-cache/APP_PAGE/${'b'.repeat(64)}/$`;
const page = (html: string, tags: string, status?: number) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc of ${html}`),
  headers: { 'x-next-cache-tags': tags },
  postponed: undefined,
  status,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
});
const setCtx = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
const pageCtx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
const htmlOf = async (handler: Handler, key: string) => ((await handler.get(key, pageCtx))?.value as { html?: string } | undefined)?.html ?? null;

describe("Next's cache in Redis, shared by several app servers", () => {
  it('serves on B the page stored on A, Buffers and all, until A expires one of its tags', async () => {
    const key = `${route}/kk/site/1`;
    await serverA.set(key, page('<p>old news</p>', '_N_T_/kk/site/1,org:1:news,org:1:profile'), setCtx);
    const onB = await serverB.get(key, pageCtx);
    expect(onB?.value).toEqual(page('<p>old news</p>', '_N_T_/kk/site/1,org:1:news,org:1:profile'));
    expect(onB?.cacheControl).toEqual({ revalidate: false });

    await serverA.revalidateTag(['org:1:news']);
    expect(await htmlOf(serverB, key)).toBeNull();
    // Rendered again (on either server): served again.
    await new Promise((r) => setTimeout(r, 2));
    await serverB.set(key, page('<p>new news</p>', '_N_T_/kk/site/1,org:1:news,org:1:profile'), setCtx);
    expect(await htmlOf(serverA, key)).toBe('<p>new news</p>');
    // Another organisation's tag leaves it alone.
    await serverA.revalidateTag('org:2:news', { expire: 0 });
    expect(await htmlOf(serverB, key)).toBe('<p>new news</p>');
    // A profile's stale-while-revalidate is served as expired: the next request renders.
    await new Promise((r) => setTimeout(r, 2));
    await serverA.revalidateTag('org:1:profile', { expire: 31_536_000 });
    expect(await htmlOf(serverB, key)).toBeNull();
  });

  it('keeps data-cache entries under the tags of the call, and expires them as pages', async () => {
    const key = 'a'.repeat(64);
    const data = { kind: 'FETCH', data: { headers: {}, body: '{"name":"School 5"}', status: 200, url: '' }, revalidate: false, tags: ['org:5:profile'] };
    const fetchCtx = { kind: 'FETCH', tags: ['org:5:profile'], softTags: ['_N_T_/kk/site/5'] };
    await serverA.set(key, data, { fetchCache: true, tags: ['org:5:profile'] });
    expect((await serverB.get(key, fetchCtx))?.value).toEqual(data);
    await serverB.revalidateTag('org:5:profile', { expire: 0 });
    expect(await serverA.get(key, fetchCtx)).toBeNull();
  });

  it('has written every tag expired by calls at the same time once each call resolves', async () => {
    const keys = ['c'.repeat(64), 'd'.repeat(64)];
    await serverA.set(keys[0]!, page('<p>news 11</p>', 'org:11:news'), setCtx);
    await serverA.set(keys[1]!, page('<p>news 12</p>', 'org:12:news'), setCtx);
    await new Promise((r) => setTimeout(r, 2));
    // The second call starts while the first is writing: it must not return before its own tag is in Redis.
    await Promise.all([serverA.revalidateTag('org:11:news'), serverA.revalidateTag('org:12:news')]);
    expect([await htmlOf(serverB, keys[0]!), await htmlOf(serverB, keys[1]!)]).toEqual([null, null]);
  });

  it('keeps nothing of a page answered 404 (an unknown id anyone types)', async () => {
    const key = `${route}/kk/site/1900000001`;
    await serverA.set(key, page('<p>not found</p>', 'org:1900000001', 404), setCtx);
    expect(await htmlOf(serverB, key)).toBeNull();
    expect(await text.keys('kundelik:next:build-1:*1900000001*')).toEqual([]);
  });

  it('keys pages by the build, so a new build never serves an old one', async () => {
    const key = `${route}/kk/site/7`;
    await serverA.set(key, page('<p>build 1</p>', 'org:7'), setCtx);
    const otherDir = mkdtempSync(path.join(tmpdir(), 'redis-cache-build2-'));
    writeFileSync(path.join(otherDir, 'BUILD_ID'), 'build-2');
    const { default: RedisCacheHandler } = await import('@/lib/site/redis-cache-handler.mjs');
    const nextBuild = new RedisCacheHandler({ serverDistDir: path.join(otherDir, 'server'), revalidatedTags: [] });
    expect(await htmlOf(nextBuild, key)).toBeNull();
    expect(await htmlOf(serverB, key)).toBe('<p>build 1</p>');
    rmSync(otherDir, { recursive: true, force: true });
  });

  it('answers a miss at once while Redis is away, and writes the tags expired meanwhile when it is back', async () => {
    const key = `${route}/kk/site/9`;
    await serverA.set(key, page('<p>before</p>', 'org:9:news'), setCtx);
    const port = redis.port;
    await redis.stop();
    await until(() => !text.isReady);
    const began = Date.now();
    expect(await htmlOf(serverB, key)).toBeNull();
    await serverA.revalidateTag('org:9:news');
    expect(Date.now() - began).toBeLessThan(1000);

    redis = await startRedisServer(port);
    await until(async () => text.isReady && (await text.hGet('kundelik:next:tags', 'org:9:news').catch(() => null)) !== null);
  });
});
