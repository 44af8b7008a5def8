import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * Issue 11 item 9: anonymous 404s on the public site must leave nothing on disk. Next keeps its
 * page cache in .next/server (route-cache) and its data cache in .next/cache (fetch-cache); the
 * app under test is this worktree's build, so the test reads those folders directly. The site's
 * reads are `'use cache'` entries in memory, where no absent result is kept either
 * (tests/unit/use-cache-handler.test.ts; in Redis: tests/cluster).
 */
const NEXT_DIR = path.resolve('.next');

/** Files under `dir` written since `since` (ms), with their paths relative to .next. */
function writtenSince(dir: string, since: number): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(current, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.mtimeMs >= since) found.push(path.relative(NEXT_DIR, full));
    }
  };
  walk(dir);
  return found;
}

test('unknown ids on the public site are answered 404 and leave nothing in the caches on disk', async ({ request }) => {
  // Each unknown id is rendered (nothing kept to answer from): 60 renders on a busy machine.
  test.setTimeout(180_000);
  const since = Date.now() - 1000;
  // Ids no demo organisation, page or folder has; fresh ones each run.
  const base = 1_900_000_000 + Math.floor(Math.random() * 100_000_000);
  const ids = Array.from({ length: 12 }, (_, i) => base + i);
  const paths = ids.flatMap((id, i) => {
    const locale = ['kk', 'ru', 'en'][i % 3];
    return [`/${locale}/site/${id}`, `/${locale}/site/${id}/news`, `/${locale}/site/1/pages/${id}`, `/${locale}/site/1/documents/${id}`, `/${locale}/site/0${id}`];
  });
  for (const url of paths) expect((await request.get(url)).status(), url).toBe(404);
  // Next writes its cache after the answer: give it time to.
  await new Promise((resolve) => setTimeout(resolve, 1500));

  const pages = writtenSince(path.join(NEXT_DIR, 'server'), since).filter((file) => ids.some((id) => file.includes(String(id))));
  expect(pages.length, `kept for unknown ids, e.g.\n${pages.slice(0, 5).join('\n')}`).toBe(0);
  // Data-cache entries are named by a hash: an unknown id shows as a kept absent result ("null").
  const absent = writtenSince(path.join(NEXT_DIR, 'cache', 'fetch-cache'), since).filter((file) => {
    const entry = JSON.parse(readFileSync(path.join(NEXT_DIR, file), 'utf8')) as { data?: { body?: string } };
    return entry.data?.body === 'null';
  });
  expect(absent.length, `absent results kept, e.g.\n${absent.slice(0, 5).join('\n')}`).toBe(0);

  // Known pages are still kept: the site's own page is cached (served from the front cache).
  expect((await request.get('/kk/site/1')).status()).toBe(200);
  await expect.poll(async () => (await request.get('/kk/site/1')).headers()['x-site-cache']).toBe('HIT');
});
