import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';
import { createLocalUseCacheHandler } from '@/lib/site/use-cache-handler.mjs';
import { ABSENT_LIFE, FOUND_LIFE } from '@/lib/site/use-cache-life.mjs';

/**
 * The `'use cache'` handler of one app server (lib/site/use-cache-handler.mjs): Next's own
 * in-memory handler wrapped in keepingFoundOnly (lib/site/use-cache-life.mjs), keeping no absent
 * result of the public site's reads (an unknown id).
 */
const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default.js') as { createDefaultCacheHandler: (size: number) => CacheHandler };

function entry(body: string, life: { revalidate: number; expire: number }) {
  const value = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(body));
      controller.close();
    },
  });
  // Stamped as Next stamps entries: by the performance clock, which drifts from Date.now().
  return Promise.resolve({ value, tags: ['org:1', 'org:1:pages'], stale: 300, timestamp: performance.timeOrigin + performance.now(), ...life });
}

async function bodyOf(handler: CacheHandler, key: string) {
  const found = await handler.get(key, []);
  return found ? new Response(found.value).text() : null;
}

describe("one app server's 'use cache' handler", () => {
  it('keeps a found result and not an absent one, which Next alone would keep', async () => {
    const handler = createLocalUseCacheHandler(1024 * 1024);
    await handler.set('found', entry('{"title":"About us"}', FOUND_LIFE));
    await handler.set('absent', entry('null', ABSENT_LIFE));
    expect(await bodyOf(handler, 'found')).toBe('{"title":"About us"}');
    expect(await bodyOf(handler, 'absent')).toBeNull();

    const nextAlone = createDefaultCacheHandler(1024 * 1024);
    await nextAlone.set('absent', entry('null', ABSENT_LIFE));
    expect(await bodyOf(nextAlone, 'absent')).toBe('null');
  });

  it('answers a get after the pending set of the same key, not a miss', async () => {
    const handler = createLocalUseCacheHandler(1024 * 1024);
    const setting = handler.set('pending', entry('[1,2]', FOUND_LIFE));
    expect(await bodyOf(handler, 'pending')).toBe('[1,2]');
    await setting;
  });

  // Next alone misses this now and then: it stamps the expiry rounded to the millisecond, up to
  // half a millisecond ahead of the clock it then checks against (CI failed so once).
  it('expires a kept entry with its tag at once', async () => {
    const handler = createLocalUseCacheHandler(1024 * 1024);
    await handler.set('tagged', entry('{}', FOUND_LIFE));
    await new Promise((r) => setTimeout(r, 2));
    await handler.updateTags(['org:1:pages']);
    expect(await bodyOf(handler, 'tagged')).toBeNull();
  });
});
