import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePath, type PageIds, signedInPages } from '../bench/lib/signed-in-pages';
import { filesUnder, projectRoot } from '../support/import-graph';

const localeDir = path.join(projectRoot, 'app/[locale]');

/** Routes of the signed-in app that answer no signed-in user with a page of their own, and why. */
const NOT_PAGES: Record<string, string> = {
  '': 'the start page redirects a member to their organisation',
  'org/[id]/admin/feedback': 'redirects to its first section, Questions',
  '[...rest]': 'the not-found page of any other address',
  'sign-in': 'for people not signed in',
  register: 'for people not signed in (an invitation’s registration)',
};

/** Each page.tsx of the signed-in app and the print views, as its route under the locale. */
const routes = ['(app)', '(print)'].flatMap((group) =>
  filesUnder(path.join(localeDir, group))
    .filter((file) => file.endsWith(`${path.sep}page.tsx`))
    .map((file) => path.relative(path.join(localeDir, group), path.dirname(file)).split(path.sep).join('/')),
);

const ids: PageIds = { notification: 11, school: 12, person: 13, user: 14, unit: 15, forum: 16, topic: 17, post: 18, news: 19, page: 20 };
const measured = signedInPages('Ах').map((page) => pagePath(ids, page.path).replace(/\?.*$/, ''));

describe("the signed-in bench's pages (tests/bench/lib/signed-in-pages.ts)", () => {
  it('measure every page of the signed-in app and the print views', () => {
    expect(routes.length).toBeGreaterThan(50);
    const missing = routes.filter((route) => {
      if (route in NOT_PAGES) return false;
      const pattern = new RegExp(`^/kk/${route.replace(/\[[^\]]+\]/g, '[^/]+')}$`);
      return !measured.some((page) => pattern.test(page));
    });
    expect(missing).toEqual([]);
  });

  it('list as not pages only routes that exist', () => {
    expect(Object.keys(NOT_PAGES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('name their records, and refuse a name they have no record for', () => {
    expect(pagePath(ids, '/kk/org/1/forum/{forum}/topics/{topic}')).toBe('/kk/org/1/forum/16/topics/17');
    expect(() => pagePath(ids, '/kk/org/1/{folder}')).toThrow('{folder}');
  });
});
