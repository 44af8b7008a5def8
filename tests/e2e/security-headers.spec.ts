import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIResponse, Page } from '@playwright/test';
import { expect, signedInPage, SignInPage, test } from './fixtures';

/**
 * Issue 11 item 10: security headers on every answer of the app server (signed-in pages, the
 * public site from Next and from the front cache, route handlers, 404s), a Content-Security-Policy
 * whose scripts run by nonce or hash only, and no violation of it on the main pages.
 */

function directive(csp: string, name: string): string | undefined {
  return csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `));
}

function expectSecurityHeaders(response: APIResponse, what: string, kind: 'document' | 'resource') {
  const headers = response.headers();
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('same-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  // Served over http here: no HSTS (it is a setting for https installations).
  expect(headers['strict-transport-security'], what).toBeUndefined();
  const csp = headers['content-security-policy'] ?? '';
  expect(directive(csp, 'frame-ancestors'), what).toBe("frame-ancestors 'none'");
  const scripts = directive(csp, 'script-src') ?? directive(csp, 'default-src') ?? '';
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  if (kind === 'document') expect(scripts, what).toMatch(/'nonce-[A-Za-z0-9+/_=-]{16,}'|'sha256-[A-Za-z0-9+/=]{44}'/);
  else expect(scripts, what).toBe("default-src 'none'");
}

test('headers are on signed-in pages, the public site (from Next and from the front cache), route handlers and 404s', async ({ browser, request }) => {
  const admin = await signedInPage(browser, 'admin');
  const adminPage = await admin.request.get('/kk/org/1/admin');
  expect(adminPage.status()).toBe(200);
  expectSecurityHeaders(adminPage, 'admin page', 'document');
  // A nonce is new on every answer.
  const again = await admin.request.get('/kk/org/1/admin');
  expect(again.headers()['content-security-policy']).not.toBe(adminPage.headers()['content-security-policy']);
  const people = await admin.request.get('/kk/org/1/people');
  expectSecurityHeaders(people, 'people', 'document');
  const dynamic404 = await admin.request.get('/kk/org/999999999');
  expect(dynamic404.status()).toBe(404);
  expectSecurityHeaders(dynamic404, 'signed-in 404', 'document');

  // No other test opens this organisation's site: the first answer comes from Next.
  const first = await request.get('/en/site/2');
  expect(first.status()).toBe(200);
  expect(first.headers()['x-site-cache']).toBe('MISS');
  expectSecurityHeaders(first, 'site page from Next', 'document');
  await expect.poll(async () => (await request.get('/en/site/2')).headers()['x-site-cache']).toBe('HIT');
  const hit = await request.get('/en/site/2');
  expectSecurityHeaders(hit, 'site page from the front cache', 'document');
  // The hashes fit the page: Next's answer and the front cache's copy carry the same policy.
  expect(hit.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
  expect(directive(hit.headers()['content-security-policy']!, 'script-src')).toMatch(/'sha256-/);
  const revalidated = await request.get('/en/site/2', { headers: { 'if-none-match': hit.headers().etag! } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()['x-frame-options']).toBe('DENY');

  for (const url of ['/kk/site/999999999', '/kk/no-such-page']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expectSecurityHeaders(response, url, 'document');
  }
  const session = await request.get('/api/auth/session');
  expect(session.status()).toBe(200);
  expectSecurityHeaders(session, 'route handler', 'resource');
  const missingRoute = await request.get('/api/no-such-route');
  expect(missingRoute.status()).toBe(404);
  expect(missingRoute.headers()['x-frame-options']).toBe('DENY');
  expect(directive(missingRoute.headers()['content-security-policy'] ?? '', 'frame-ancestors')).toBe("frame-ancestors 'none'");
  const chunk = (await (await request.get('/kk/sign-in')).text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(chunk).toBeTruthy();
  expect((await request.get(chunk!)).headers()['x-content-type-options']).toBe('nosniff');
  await admin.context().close();
});

test('a signed-in admin page is not shown inside a frame of another origin', async ({ browser, baseURL }) => {
  const page = await signedInPage(browser, 'admin');
  // Another port of the same host: same site, so the session cookie goes along (the case).
  const attacker = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>frame</title><iframe id="victim" src="${baseURL}/kk/org/1/admin" width="900" height="700"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, 'localhost', resolve));
  try {
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
    await expect.poll(() => page.frames().length).toBe(2);
    const child = page.frames()[1]!;
    await child.waitForLoadState('load');
    await expect.poll(() => refusals.length, { message: 'the browser refused the frame' }).toBeGreaterThan(0);
    expect(await child.locator('[data-testid="org-name"]').count()).toBe(0);
    expect(child.url()).not.toContain('/kk/org/1/admin');
  } finally {
    attacker.close();
    await page.context().close();
  }
});

/** Collects CSP violations of every document the page opens: console reports and DOM events. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return violations;
}

test('the main pages run without a CSP violation: sign-in, organisation, people, reports with charts, public site', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = await watchViolations(page);

  await page.goto('/kk/site/1');
  await expect(page.getByTestId('org-name')).toBeVisible();
  // The same page again (front cache) and its client-side navigation (scripts run).
  await page.reload();
  await page.getByRole('link', { name: 'Құрылым' }).click();
  await expect(page).toHaveURL(/\/kk\/site\/1\/structure$/);
  await page.goto('/en/site/999999999');

  const signIn = new SignInPage(page, 'kk');
  await signIn.goto();
  await signIn.signIn('admin');
  await expect(page.getByTestId('org-name')).toBeVisible();
  await page.goto('/kk/org/1/people');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/kk/org/1/reports/activity');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.goto('/kk/org/1/admin/settings/logo');
  await expect(page.locator('input[type="file"]')).toHaveCount(1);

  expect(violations).toEqual([]);
  await context.close();
});
