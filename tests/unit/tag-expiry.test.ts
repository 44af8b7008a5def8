import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';
import PageCacheHandler from '@/lib/site/page-cache-handler.mjs';
import { followingExpiriesHere, isExpired } from '@/lib/site/tag-expiry.mjs';
import { FOUND_LIFE, keepingFoundOnly } from '@/lib/site/use-cache-life.mjs';

/**
 * Tag expiry on one clock (lib/site/tag-expiry.mjs). Next writes its one tags manifest by the
 * wall clock (page cache) and by the performance clock ('use cache'), and checks it by the latter;
 * on this kind of machine the wall clock runs ahead by milliseconds per second of uptime. These
 * tests put it 5 s ahead, as after a long run, and show Next alone still answering what a write
 * has just expired.
 */
const require = createRequire(import.meta.url);
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js') as { nodeFs: unknown };
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js') as { default: typeof PageCacheHandler };
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default.js') as { createDefaultCacheHandler: (size: number) => CacheHandler };

const dir = mkdtempSync(path.join(tmpdir(), 'tag-expiry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function wallClockAhead(ms: number) {
  const realNow = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => realNow() + ms);
}

describe('a tag expiry hides the cache entries made before it', () => {
  const made = 1_796_408_238_522;
  it('hides an entry when the tag expired after it was made, up to now', () => {
    expect(isExpired([String(made + 5)], made, made + 10)).toBe(true);
    expect(isExpired([null, undefined, made + 5], made, made + 10)).toBe(true);
  });
  it('hides it when both fall in the same millisecond: which came first is unknown, a render is the safe side', () => {
    expect(isExpired([String(made)], made, made)).toBe(true);
    expect(isExpired([made], made + 0.7, made + 1)).toBe(true);
  });
  it('keeps it when the tag expired before it was made, or expires only later (stale-while-revalidate)', () => {
    expect(isExpired([String(made - 1)], made, made + 10)).toBe(false);
    expect(isExpired([String(made + 20)], made, made + 10)).toBe(false);
    expect(isExpired([null], made, made + 10)).toBe(false);
  });
});

describe('with the wall clock ahead of the performance clock', () => {
  const ctx = { fs: nodeFs, serverDistDir: dir, flushToDisk: false, maxMemoryCacheSize: 1024 * 1024, revalidatedTags: [] };
  const page = { kind: 'APP_PAGE', html: '<html>no answers yet</html>', rscData: Buffer.from('rsc'), headers: { 'x-next-cache-tags': 'org:1,org:1:feedback' }, postponed: undefined, status: 200, segmentData: undefined };
  const setCtx = { cacheControl: { revalidate: false }, isRoutePPREnabled: false, isFallback: false };
  const getCtx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };

  it("a page made before a write is not answered after it (Next's own page cache still answers it)", async () => {
    wallClockAhead(5_000);
    for (const [Handler, answered] of [[FileSystemCache, true], [PageCacheHandler, false]] as const) {
      const handler = new Handler(ctx);
      const key = `/route-cache/APP_PAGE/${'b'.repeat(64)}/$/kk/site/1/feedback-${answered}`;
      await handler.set(key, page, setCtx);
      expect(await handler.get(key, getCtx)).not.toBeNull();
      await new Promise((r) => setTimeout(r, 2));
      await handler.revalidateTag(['org:1:feedback']);
      expect((await handler.get(key, getCtx)) !== null).toBe(answered);
    }
  });

  it('a page made after the write is answered', async () => {
    wallClockAhead(5_000);
    const handler = new PageCacheHandler(ctx);
    await handler.revalidateTag(['org:1:feedback']);
    await new Promise((r) => setTimeout(r, 2));
    const key = `/route-cache/APP_PAGE/${'c'.repeat(64)}/$/kk/site/1/feedback`;
    await handler.set(key, page, setCtx);
    expect(await handler.get(key, getCtx)).not.toBeNull();
  });

  it("a 'use cache' entry made before a write is not answered after it (Next's own handler still answers it)", async () => {
    wallClockAhead(5_000);
    const entry = () =>
      Promise.resolve({
        value: new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new TextEncoder().encode('[]')), c.close()) }),
        tags: ['org:1', 'org:1:feedback'],
        stale: 300,
        timestamp: performance.timeOrigin + performance.now(),
        ...FOUND_LIFE,
      });
    const pages = new PageCacheHandler(ctx);
    for (const [handler, answered] of [
      [keepingFoundOnly(createDefaultCacheHandler(1024 * 1024)), true],
      [keepingFoundOnly(followingExpiriesHere(createDefaultCacheHandler(1024 * 1024))), false],
    ] as const) {
      await handler.set('feedback', entry());
      await new Promise((r) => setTimeout(r, 2));
      // As Next applies updateTag: the 'use cache' handlers first, then the page cache.
      await handler.updateTags(['org:1:feedback']);
      await pages.revalidateTag(['org:1:feedback']);
      const found = await handler.get('feedback', []);
      if (found) await found.value.cancel();
      expect(Boolean(found)).toBe(answered);
    }
  });
});
