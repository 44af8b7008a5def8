/**
 * Next's cache handler (next.config.ts `cacheHandler`): Next's own file-system cache, except that
 * a page answered with anything but 200 is not kept — not on disk, not in memory.
 *
 * Why: the public site's pages are static (force-static, rendered on first request and kept until
 * a write expires their tags). Next keeps a 404 the same way, so every unknown id anyone types
 * (/kk/site/123456789, …/pages/999, …/documents/0042, /de/site/1) left ≈ 56 KB in
 * .next/server/route-cache, unbounded (issue 11 item 9). With this handler only found pages are
 * kept, one per (organisation, language, tab, page or folder) that exists: the disk is bounded by
 * the sites' content, not by what visitors ask for. An unknown id costs a render each time, like
 * any dynamic page. (The data cache keeps no absent result either: lib/site/cached.ts.)
 * And a tag expired since a page was made hides it by the wall clock (tag-expiry.mjs), whatever
 * Next's own manifest says.
 *
 * Plain JavaScript: Next imports this file at run time with Node's own loader, outside its bundle.
 * It builds on Next's internal FileSystemCache (the default handler) — recheck on a Next upgrade;
 * tests/unit/page-cache-handler.test.ts fails if its shape changes.
 */
import { createRequire } from 'node:module';
import { expireHere, hiddenHere } from './tag-expiry.mjs';

const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js');
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js');

/** Whether Next's cache entry is a page answered with another status than 200 (404, 403 …). */
export function isUnfoundPage(data) {
  return Boolean(data) && (data.kind === 'APP_PAGE' || data.kind === 'PAGES') && data.status != null && data.status !== 200;
}

/**
 * Next notes every stored page's lifetime in a process-wide map before calling set(): an unknown
 * id would otherwise still leave that small entry in memory, unbounded.
 */
export function forgetLifetime(key) {
  SharedCacheControls.cacheControls?.delete(key);
}

/** The cache tags Next stored with a page (its `x-next-cache-tags` header), or none. */
function pageTags(data) {
  const header = data?.value?.headers?.['x-next-cache-tags'];
  return typeof header === 'string' ? header.split(',') : [];
}

export default class PageCacheHandler extends FileSystemCache {
  /** Next's answer, unless a tag expired since the page was made (tag-expiry.mjs: on one clock). */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (data && hiddenHere(pageTags(data), data.lastModified)) return null;
    return data;
  }

  async revalidateTag(tags, durations) {
    expireHere(tags, durations);
    return super.revalidateTag(tags, durations);
  }

  async set(key, data, ctx) {
    if (isUnfoundPage(data)) {
      forgetLifetime(key);
      return;
    }
    return super.set(key, data, ctx);
  }
}
