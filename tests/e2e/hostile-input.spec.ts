import type { Page } from '@playwright/test';
import { expect, signedInPage, test } from './fixtures';
import { addressOf, isDynamic, postChunked, rawGet, routeTemplates } from './hostile-http';

/**
 * Hostile input against the production server (server.ts on the built app), as an attacker
 * sends it with a script: every answer is a clear refusal (400, 403, 404, 413), never a 500,
 * and never costs the server memory in proportion to what was sent.
 */
const MB = 1024 * 1024;
const MALFORMED = '%E0%A4%A';

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

test('every other body-reading route handler stops at its limit with 413, chunked or not', async ({ browser, baseURL }) => {
  const admin = await signedInPage(browser, 'admin', 'en');
  const cookie = await cookieHeader(admin);
  const cases: Array<{ path: string; headers: Record<string, string>; total: number }> = [
    { path: '/api/feedback/1/applications', headers: { 'content-type': 'multipart/form-data; boundary=x' }, total: 12 * MB },
    { path: '/api/logo?orgId=1', headers: { cookie, 'content-type': 'application/octet-stream' }, total: 6 * MB },
    { path: '/api/org/1/people-import', headers: { cookie, 'content-type': 'multipart/form-data; boundary=x' }, total: 8 * MB },
    { path: '/api/auth/callback/credentials', headers: { 'content-type': 'application/x-www-form-urlencoded' }, total: 4 * MB },
  ];
  for (const c of cases) {
    const answer = await postChunked(`${baseURL}${c.path}`, { headers: c.headers, totalBytes: c.total });
    expect(answer.status, c.path).toBe(413);
  }
  // next-auth would have answered a broken JSON body with a 500 too.
  const broken = await admin.request.post('/api/auth/callback/credentials', { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"login":') });
  expect(broken.status()).toBe(400);
  await admin.context().close();
});

test('Origin: null on the document and logo uploads is refused with 403', async ({ browser }) => {
  const admin = await signedInPage(browser, 'admin', 'en');
  for (const path of ['/api/files?orgId=1', '/api/logo?orgId=1', '/api/feedback/1/questions']) {
    for (const origin of ['null', 'http://evil.example', 'not a url']) {
      const response = await admin.request.post(path, { headers: { Origin: origin, 'Content-Type': 'application/octet-stream', 'X-File-Name': 'a.txt' }, data: Buffer.from('hello') });
      expect(response.status(), `${path} with Origin ${origin}`).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, messageKey: 'forbidden' });
    }
  }
  await admin.context().close();
});

test('a NUL byte in the People, admin People and subordinates searches is dropped, never a 500', async ({ browser }) => {
  const admin = await signedInPage(browser, 'admin', 'en');
  for (const path of ['/en/org/1/people?q=Иск%00андерова', '/en/org/1/admin/people?q=Иск%00андерова', '/en/org/1/admin/people?tab=archive&q=%00', '/en/org/1/admin/settings/subordinates?q=%00мектеп']) {
    const response = await admin.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  await admin.goto('/en/org/1/people?q=Иск%00андерова');
  await expect(admin.getByTestId('person-row').filter({ hasText: 'Искандерова Алия' })).toBeVisible();
  await admin.context().close();
});

test('a NUL byte in the sign-in login is a wrong login, not a failed query whose SQL lands in the address', async ({ request }) => {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', { form: { csrfToken, login: 'adm\u0000in', password: 'wrong', json: 'true' } });
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).searchParams.get('error')).toBe('CredentialsSignin');
  expect(url).not.toContain('sign_in_attempts');
});

test('a download takes the extension of its detected type: evil.html holding text is saved as evil.txt', async ({ browser }) => {
  const admin = await signedInPage(browser, 'admin', 'en');
  const upload = await admin.request.post('/api/files?orgId=1', {
    headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent('evil.html') },
    data: Buffer.from('<script>alert(document.cookie)</script>\n'),
  });
  expect(upload.status()).toBe(201);
  const { data } = (await upload.json()) as { data: { id: number } };
  const download = await admin.request.get(`/api/files/${data.id}`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(download.headers()['content-disposition']).toBe(`attachment; filename="evil.txt"; filename*=UTF-8''evil.txt`);
  // The list still shows the name as uploaded.
  await admin.goto('/en/org/1/documents');
  await expect(admin.getByTestId('document-row').filter({ hasText: 'evil.html' }).first()).toBeVisible();
  await admin.context().close();
});

test('server-action bodies that React never sends get 400 or 413, not 500', async ({ browser, baseURL }) => {
  // A real action's id, as the register page's "check" button sends it.
  const page = await (await browser.newContext()).newPage();
  await page.goto('/kk/register');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await page.getByLabel('Шақыру логині').fill('nobody');
  await page.getByLabel('Бір реттік құпия сөз').fill('wrong');
  await page.getByRole('button', { name: 'Жалғастыру' }).click();
  const actionId = (await sent).headers()['next-action']!;
  const post = (body: string | Buffer, contentType = 'text/plain;charset=UTF-8') =>
    page.request.post('/kk/register', { headers: { 'next-action': actionId, 'content-type': contentType }, data: body });

  // What React sends is still answered.
  const sound = await post(JSON.stringify(['$undefined', { invitationLogin: 'nobody', invitationPassword: 'wrong' }]));
  expect(sound.status()).toBe(200);

  expect((await post('not json')).status()).toBe(400);
  expect((await post('['.repeat(5000) + ']'.repeat(5000))).status()).toBe(400);
  expect((await post(`{"a":${'{"b":'.repeat(5000)}1${'}'.repeat(5000)}}`)).status()).toBe(400);
  expect((await post(Buffer.alloc(MB + 1, 'a'))).status()).toBe(413);
  expect((await post('--x\r\nContent-Disposition: form-data; name="0"\r\n\r\nnot json\r\n--x--\r\n', 'multipart/form-data; boundary=x')).status()).toBe(400);
  expect((await post('garbage', 'multipart/form-data; boundary=x')).status()).toBe(400);
  // Without the header, a multipart POST may be a form posted without JavaScript.
  const mpa = await page.request.post('/kk/register', { headers: { 'content-type': 'multipart/form-data; boundary=x' }, data: 'garbage' });
  expect(mpa.status()).toBe(400);
  const chunked = await postChunked(`${baseURL}/kk/register`, { headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8' }, totalBytes: 3 * MB });
  expect(chunked.status).toBe(413);
  await page.context().close();
});

test('a malformed or out-of-range dynamic segment in any route answers 400 or 404, never 500', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const admin = await signedInPage(browser, 'admin', 'en');
  const cookie = await cookieHeader(admin);
  const templates = routeTemplates();
  expect(templates.length).toBeGreaterThan(60);
  const malformed: string[] = [];
  const failures: string[] = [];
  for (const template of templates) {
    const segments = template.split('/');
    for (let i = 0; i < segments.length; i++) {
      if (!isDynamic(segments[i]!)) continue;
      const bad = addressOf(template, i, MALFORMED);
      malformed.push(bad);
      const status = await rawGet(baseURL!, bad, { cookie });
      if (status !== 400) failures.push(`${bad} → ${status} (expected 400)`);
      if (segments[i] === '[locale]' || segments[i]!.startsWith('[...') || segments[i]!.startsWith('[[')) continue;
      for (const id of ['99999999999', '-1', '1e400', '1.5']) {
        const far = addressOf(template, i, id);
        const farStatus = await rawGet(baseURL!, far, { cookie });
        if (farStatus >= 500) failures.push(`${far} → ${farStatus}`);
      }
    }
  }
  expect(malformed.length).toBeGreaterThan(100);
  expect(failures).toEqual([]);
  await admin.context().close();
});
