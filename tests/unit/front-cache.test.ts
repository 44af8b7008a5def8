import { createHash } from 'node:crypto';
import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dropFrontCache,
  dropLocalFrontCache,
  FRONT_CACHE_MAX_BYTES,
  frontCacheFillsInFlight,
  frontCacheGeneration,
  frontCacheKeys,
  frontCacheKey,
  frontCacheSize,
  setFrontCacheBus,
  STATUS_HEADER,
  storeInFrontCache,
  withFrontCache,
} from '@/lib/site/front-cache';

/**
 * The front cache in front of a stand-in for Next (a plain handler that counts its renders and
 * answers the way Next's full-route cache does), through the handler server.ts uses.
 */
let renders = 0;
let onRender: (() => void) | undefined;
let nextAnswer: { status: number; cacheControl: string; extra?: Record<string, string>; body?: string } = { status: 200, cacheControl: 's-maxage=31536000' };

function standInNext(req: IncomingMessage, res: ServerResponse) {
  renders += 1;
  onRender?.();
  res.writeHead(nextAnswer.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': nextAnswer.cacheControl, vary: 'rsc, Accept-Encoding', ...nextAnswer.extra });
  res.end(nextAnswer.body ?? `<html><body>page ${req.url} render ${renders}</body></html>`);
}

let server: Server;
let origin = '';

beforeAll(async () => {
  // The handler needs this server's origin, known once it listens.
  let handler: (req: IncomingMessage, res: ServerResponse) => void = standInNext;
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handler = withFrontCache(origin, standInNext, { 'X-Frame-Options': 'DENY' });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  dropFrontCache();
  renders = 0;
  onRender = undefined;
  nextAnswer = { status: 200, cacheControl: 's-maxage=31536000' };
});

/** Requests a page and waits for the fill a miss starts (it runs after the answer). */
async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(origin + path, { headers });
  const body = await response.text();
  // The fill starts when the answer finishes; wait until it (and any other) has ended.
  await new Promise((r) => setTimeout(r, 5));
  await vi.waitUntil(() => frontCacheFillsInFlight() === 0, { timeout: 20_000, interval: 5 });
  const h = response.headers;
  return { status: response.status, cache: h.get(STATUS_HEADER), etag: h.get('etag'), vary: h.get('vary'), csp: h.get('content-security-policy'), body };
}

describe('which requests the front cache may answer', () => {
  it('takes plain GET and HEAD requests of site pages, without a trailing slash in the key', () => {
    expect(frontCacheKey('GET', '/kk/site/1', {})).toBe('/kk/site/1');
    expect(frontCacheKey('HEAD', '/ru/site/12/documents/3/4', {})).toBe('/ru/site/12/documents/3/4');
    expect(frontCacheKey('GET', '/en/site/1/news/', {})).toBe('/en/site/1/news');
  });

  it('leaves everything else to Next', () => {
    expect(frontCacheKey('POST', '/kk/site/1', {})).toBeNull();
    expect(frontCacheKey('GET', '/kk/site/1?page=2', {})).toBeNull();
    expect(frontCacheKey('GET', '/kk/site/abc', {})).toBeNull();
    expect(frontCacheKey('GET', '/kk/org/1', {})).toBeNull();
    expect(frontCacheKey('GET', '/de/site/1', {})).toBeNull();
    expect(frontCacheKey('GET', '/kk/site/1', { rsc: '1' })).toBeNull();
    expect(frontCacheKey('GET', '/kk/site/1', { 'next-router-prefetch': '1' })).toBeNull();
    expect(frontCacheKey('GET', '/kk/site/1', { 'x-site-cache-fill': '1' })).toBeNull();
  });
});

describe('the front cache', () => {
  it('answers the second request from memory with the bytes Next gave, gzip, ETag and HEAD included', async () => {
    const first = await get('/kk/site/1');
    expect(first.cache).toBe('MISS');
    const second = await get('/kk/site/1');
    expect(second.cache).toBe('HIT');
    // One render for the visitor, one for the fill; the hit rendered nothing.
    expect(renders).toBe(2);
    expect(second.body).toBe('<html><body>page /kk/site/1 render 2</body></html>');
    expect(second.vary).toBe('rsc, Accept-Encoding');

    // Raw bytes (fetch would un-gzip them itself).
    const zipped = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
      httpGet(`${origin}/kk/site/1`, { headers: { 'accept-encoding': 'gzip, deflate' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.bytes).toString()).toBe(second.body);

    expect((await get('/kk/site/1', { 'if-none-match': second.etag! })).status).toBe(304);
    const head = await fetch(`${origin}/kk/site/1`, { method: 'HEAD' });
    expect(head.headers.get(STATUS_HEADER)).toBe('HIT');
    expect(await head.text()).toBe('');
    expect(renders).toBe(2);
  });

  it("keeps the page's Content-Security-Policy with it: its inline scripts by hash, computed once", async () => {
    const script = 'self.__next_f.push([1,"page data"])';
    nextAnswer = { status: 200, cacheControl: 's-maxage=31536000', body: `<html><body><p>x</p><script>${script}</script><script>alert(1)</script></body></html>` };
    await get('/kk/site/7');
    const hit = await get('/kk/site/7');
    expect(hit.cache).toBe('HIT');
    expect(hit.csp).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(script).digest('base64')}';`);
    expect(hit.csp).toContain("frame-ancestors 'none'");
    // The app server's own headers go with every hit (it gives them to the rest on the way to Next).
    expect((await fetch(`${origin}/kk/site/7`)).headers.get('x-frame-options')).toBe('DENY');
    expect((await get('/kk/site/7', { 'if-none-match': hit.etag! })).status).toBe(304);
  });

  it('keeps only finished public pages', async () => {
    nextAnswer = { status: 200, cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate' };
    await get('/kk/site/2');
    nextAnswer = { status: 404, cacheControl: 's-maxage=31536000' };
    await get('/kk/site/3');
    nextAnswer = { status: 200, cacheControl: 's-maxage=31536000', extra: { 'x-nextjs-cache': 'STALE' } };
    await get('/kk/site/4');
    nextAnswer = { status: 200, cacheControl: 's-maxage=31536000', extra: { 'set-cookie': 'a=b' } };
    await get('/kk/site/5');
    expect(frontCacheSize().entries).toBe(0);
    for (const id of [2, 3, 4, 5]) expect((await get(`/kk/site/${id}`)).cache).toBe('MISS');
  });

  it('drops every copy when the site changes, and does not keep a fill that overlapped the change', async () => {
    await get('/kk/site/1');
    expect((await get('/kk/site/1')).cache).toBe('HIT');
    dropFrontCache();
    expect(frontCacheSize()).toEqual({ entries: 0, bytes: 0 });
    // A write lands while the fill is being rendered: that render may hold the old content.
    const fillRender = renders + 2;
    onRender = () => {
      if (renders === fillRender) dropFrontCache();
    };
    expect((await get('/kk/site/1')).cache).toBe('MISS');
    expect(frontCacheSize().entries).toBe(0);
    expect((await get('/kk/site/1')).cache).toBe('MISS');
    expect((await get('/kk/site/1')).cache).toBe('HIT');
  });

  // Twelve 8 MiB pages gzipped: seconds on a busy machine.
  it('behind several servers: announces its drops, hears theirs, and keeps nothing while it cannot hear them', async () => {
    const bus = { listening: true, announce: vi.fn() };
    setFrontCacheBus(bus);
    try {
      await get('/kk/site/8');
      expect((await get('/kk/site/8')).cache).toBe('HIT');
      dropFrontCache();
      expect(bus.announce).toHaveBeenCalledTimes(1);
      await get('/kk/site/8');
      // Another server's drop: this one's copies go, and it does not announce it again.
      dropLocalFrontCache();
      expect((await get('/kk/site/8')).cache).toBe('MISS');
      expect(bus.announce).toHaveBeenCalledTimes(1);
      // The line to the others is down: a drop could be missed, so nothing is kept or served.
      expect((await get('/kk/site/8')).cache).toBe('HIT');
      bus.listening = false;
      expect((await get('/kk/site/8')).cache).toBe('MISS');
      expect((await get('/kk/site/8')).cache).toBe('MISS');
      bus.listening = true;
      expect((await get('/kk/site/8')).cache).toBe('MISS');
      expect((await get('/kk/site/8')).cache).toBe('HIT');
    } finally {
      setFrontCacheBus(undefined);
    }
  });

  it('stays within its memory budget, dropping the oldest pages first', { timeout: 60_000 }, () => {
    const page = (fill: string) => ({ body: Buffer.alloc(FRONT_CACHE_MAX_BYTES / 8, fill), contentType: 'text/html', cacheControl: 's-maxage=1', vary: 'Accept-Encoding' });
    for (let i = 0; i < 12; i += 1) expect(storeInFrontCache(`/kk/site/${i}`, page(String(i % 10)), frontCacheGeneration())).toBe(true);
    const { entries, bytes } = frontCacheSize();
    expect(bytes).toBeLessThanOrEqual(FRONT_CACHE_MAX_BYTES);
    expect(entries).toBeLessThan(12);
    expect(entries).toBeGreaterThan(6);
    // The pages stored first went; the newest ones stay, in the order they came.
    expect(frontCacheKeys()).toEqual(Array.from({ length: entries }, (_, n) => `/kk/site/${12 - entries + n}`));
    expect(storeInFrontCache('/kk/site/big', { ...page('x'), body: Buffer.alloc(FRONT_CACHE_MAX_BYTES / 4) }, frontCacheGeneration())).toBe(false);
  });
});

