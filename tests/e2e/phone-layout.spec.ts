import { expect, seriousAxeViolations, SignInPage, test } from './fixtures';

/**
 * Issue 15 item 19: on a 390 × 844 phone the page never scrolls sideways (wide tables scroll inside
 * their frame), and the header, title and tabs leave room for the content on the first screen.
 */
const PHONE = { width: 390, height: 844 };
const pages = [
  { name: 'Subordinates', path: '/kk/org/1/admin/settings/subordinates', content: 'main form[role="search"]' },
  { name: 'Notifications', path: '/kk/org/1/notifications', content: '#notifications-heading' },
  { name: 'Functions', path: '/kk/org/1/admin/settings/functions', content: 'main form' },
];

for (const { name, path, content } of pages) {
  test(`${name} fits a 390 px phone: no sideways page scrolling, content on the first screen`, async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('admin');
    await expect(page.getByTestId('org-name')).toBeVisible();
    await page.goto(path);
    await expect(page.locator(content).first()).toBeVisible();
    const wide = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Elements that stick out of the screen, skipping those inside a frame that scrolls itself.
      const out = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) return false;
        for (let p = el.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible' && p.scrollWidth > p.clientWidth) return false;
        return true;
      });
      return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 5).map((el) => `${el.tagName}.${el.className}`.slice(0, 120)) };
    });
    expect(wide.out, JSON.stringify(wide)).toEqual([]);
    expect(wide.scrollWidth).toBeLessThanOrEqual(PHONE.width);
    const top = await page.locator(content).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    // Header, title and tabs leave the page's own content in the upper part of the first screen.
    expect(top, `${name}: the content starts ${top} px down`).toBeLessThan(PHONE.height * 0.6);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}
