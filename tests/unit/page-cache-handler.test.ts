import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import PageCacheHandler, { isUnfoundPage } from '@/lib/site/page-cache-handler.mjs';

/**
 * Next's cache handler of this app (next.config.ts) on a scratch folder, called the way Next's
 * IncrementalCache calls it. Uses Next's own file-system methods and lifetime map: if a Next
 * upgrade changes their shape, this test says so.
 */
const require = createRequire(import.meta.url);
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js') as { nodeFs: unknown };
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js') as {
  SharedCacheControls: { cacheControls: Map<string, unknown> };
};

const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const handler = new PageCacheHandler({ fs: nodeFs, serverDistDir: dir, flushToDisk: true, maxMemoryCacheSize: 1024 * 1024, revalidatedTags: [] });
const route = `/route-cache/APP_PAGE/${'a'.repeat(64)}/$`;
const page = (status?: number) => ({ kind: 'APP_PAGE', html: '<html>page</html>', rscData: Buffer.from('rsc'), headers: {}, postponed: undefined, status, segmentData: undefined });
const setCtx = { cacheControl: { revalidate: false }, isRoutePPREnabled: false, isFallback: false };
const getCtx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe("the app's page cache handler", () => {
  it('keeps a found page on disk and in memory, as Next does', async () => {
    const key = `${route}/kk/site/1`;
    SharedCacheControls.cacheControls.set(key, { revalidate: false });
    await handler.set(key, page(), setCtx);
    expect(filesUnder(path.join(dir, 'route-cache')).filter((f) => f.includes('/kk/site/1.')).sort()).toEqual(
      ['html', 'meta', 'rsc'].map((ext) => `route-cache/APP_PAGE/${'a'.repeat(64)}/$/kk/site/1.${ext}`),
    );
    expect(((await handler.get(key, getCtx))?.value as { html: string }).html).toBe('<html>page</html>');
    expect(SharedCacheControls.cacheControls.has(key)).toBe(true);
  });

  it('keeps nothing of a page answered 404 (or any other status), nor its lifetime entry', async () => {
    for (const [id, status] of [[1_900_000_001, 404], [1_900_000_002, 403]] as const) {
      const key = `${route}/kk/site/${id}`;
      SharedCacheControls.cacheControls.set(key, { revalidate: false });
      await handler.set(key, page(status), setCtx);
      expect(filesUnder(dir).filter((f) => f.includes(String(id)))).toEqual([]);
      expect(await handler.get(key, getCtx)).toBeNull();
      expect(SharedCacheControls.cacheControls.has(key)).toBe(false);
    }
  });

  it('tells found pages from the others', () => {
    expect(isUnfoundPage(page())).toBe(false);
    expect(isUnfoundPage(page(200))).toBe(false);
    expect(isUnfoundPage(page(404))).toBe(true);
    expect(isUnfoundPage({ kind: 'FETCH', data: { body: 'null', status: 200 } })).toBe(false);
    expect(isUnfoundPage(null)).toBe(false);
  });
});
