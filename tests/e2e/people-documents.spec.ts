import { randomBytes } from 'node:crypto';
import { expect, SignInPage, seriousAxeViolations, sessionOf, test } from './fixtures';

test('a staff member searches People by part of the name in any order and sees the count', async ({ page }) => {
  const signIn = new SignInPage(page, 'kk');
  await signIn.goto();
  await signIn.signIn('staff');
  await expect(page.getByTestId('org-name')).toBeVisible();
  await page.goto('/kk/org/1/people');
  await expect(page.getByRole('navigation', { name: 'Санаттар' })).toContainText('Барлық білім беру мекемелері');
  await expect(page.getByTestId('people-count')).toContainText(/Адамдар саны: \d[\u00a0\u202f ]\d{3}/);

  await page.getByLabel('Аты-жөні').fill('алия искан');
  await page.getByRole('button', { name: 'Табу' }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId('people-count')).toHaveText(/Адамдар саны: \d+/);
  const leader = page.getByTestId('person-row').filter({ hasText: 'Искандерова Алия' });
  await expect(leader).toContainText('Басшы');
  await expect(leader.getByRole('link', { name: 'Искандерова Алия' })).toHaveAttribute('href', /\/kk\/users\/\d+$/);

  await page.getByRole('link', { name: /Басшылар/ }).first().click();
  await expect(page).toHaveURL(/cat=own\.leaders/);
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId('people-count')).toHaveText('Адамдар саны: 1');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('People pages 20 at a time: page 2 has the next people and keeps the category', async ({ page }) => {
  const signIn = new SignInPage(page, 'kk');
  await signIn.goto();
  await signIn.signIn('staff');
  await expect(page.getByTestId('org-name')).toBeVisible();
  await page.goto('/kk/org/1/people?cat=inst.teachers');
  const rows = page.getByTestId('person-row');
  await expect(rows).toHaveCount(20);
  const first = await rows.allInnerTexts();
  // The page links are plain anchors (NavLink): the click is still the app's own navigation, not
  // a new document — a mark left on this window survives it (components/layout/soft-navigation.tsx).
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const next = page.getByRole('navigation', { name: 'Беттер' }).getByRole('link', { name: 'Алға' });
  // Pointed at, it is prefetched (the router's own request for the next page's payload).
  const prefetch = page.waitForRequest((r) => r.url().includes('page=2') && r.headers()['next-router-prefetch'] === '1');
  await next.hover();
  await prefetch;
  await next.click();
  await expect(page).toHaveURL(/[?&]page=2/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(page).toHaveURL(/cat=inst\.teachers/);
  await expect(page.getByRole('navigation', { name: 'Беттер' }).locator('[aria-current="page"]')).toHaveText('2');
  await expect(rows.first()).toBeVisible();
  expect((await rows.allInnerTexts()).filter((row) => first.includes(row))).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a tapped page link opens the next page without a prefetch before it (the tap is the click)', async ({ page }) => {
    const signIn = new SignInPage(page, 'kk');
    await signIn.goto();
    await signIn.signIn('staff');
    await expect(page.getByTestId('org-name')).toBeVisible();
    await page.goto('/kk/org/1/people?cat=inst.teachers');
    await expect(page.getByTestId('person-row')).toHaveCount(20);
    const prefetched: string[] = [];
    page.on('request', (r) => {
      if (r.headers()['next-router-prefetch'] === '1') prefetched.push(r.url());
    });
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.getByRole('navigation', { name: 'Беттер' }).getByRole('link', { name: 'Алға' }).tap();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByRole('navigation', { name: 'Беттер' }).locator('[aria-current="page"]')).toHaveText('2');
    // Still the app's own navigation, and the page was asked for once.
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(prefetched.filter((url) => url.includes('page=2'))).toEqual([]);
  });
});

test('a subordinate organisation’s leaders, deputies and admins are listed once it is chosen', async ({ page }) => {
  const signIn = new SignInPage(page, 'kk');
  await signIn.goto();
  await signIn.signIn('staff');
  await expect(page.getByTestId('org-name')).toBeVisible();
  await page.goto('/kk/org/1/people');
  const nav = page.getByRole('navigation', { name: 'Санаттар' });
  const subordinates = nav.locator('a[href*="cat=sub."]');
  // Closed: each subordinate organisation is one link, none of its branch.
  await expect(subordinates.first()).toBeVisible();
  const hrefs = await subordinates.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.every((href) => /cat=sub\.\d+$/.test(href))).toBe(true);
  await subordinates.first().click();
  const chosen = hrefs[0]!.match(/cat=(sub\.\d+)$/)![1]!;
  await expect(page).toHaveURL(new RegExp(`cat=${chosen.replace('.', '\\.')}$`));
  const branch = nav.locator(`a[href*="cat=${chosen}."]`);
  await expect(branch).toHaveCount(3);
  await branch.filter({ hasText: 'Басшылар' }).click();
  await expect(page).toHaveURL(new RegExp(`cat=${chosen.replace('.', '\\.')}\\.leaders`));
  // Still open while one of its own is shown.
  await expect(branch).toHaveCount(3);
});

test('a teacher, who is not the authority’s staff, gets 404 for its People tab by address', async ({ page }) => {
  const signIn = new SignInPage(page, 'kk');
  await signIn.goto();
  await signIn.signIn('teacher');
  await expect(page.getByTestId('org-name')).toBeVisible();
  const response = await page.goto('/kk/org/1/people');
  expect(response?.status()).toBe(404);
  await page.goto('/kk/org/1');
  await expect(page.getByRole('link', { name: 'Адамдар' })).toHaveCount(0);
});

test('an admin uploads a file, downloads it byte-identical, deletes it and restores it from the bin; anyone downloads it', async ({ page, browser }) => {
  const signIn = new SignInPage(page, 'en');
  await signIn.goto();
  await signIn.signIn('admin');
  await expect(page.getByTestId('org-name')).toBeVisible();
  await page.goto('/en/org/1/documents');

  const folderName = `Orders ${randomBytes(3).toString('hex')}`;
  await page.getByText('New folder').click();
  await page.getByLabel('Folder name').fill(folderName);
  await page.getByRole('button', { name: 'Create folder' }).click();
  await page.getByRole('navigation', { name: 'Folders' }).getByRole('link', { name: folderName }).click();
  await expect(page.getByRole('heading', { name: folderName })).toBeVisible();

  const bytes = randomBytes(200_000);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  const fileName = `Бұйрық №${randomBytes(2).toString('hex')}.pdf`;
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: bytes });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('The file is uploaded.')).toBeVisible();
  const row = page.getByTestId('document-row').filter({ hasText: fileName });
  await expect(row).toContainText('PDF');

  const href = (await row.getByRole('link', { name: fileName }).getAttribute('href'))!;
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect(download.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
  expect(Buffer.compare(await download.body(), bytes)).toBe(0);

  // Anyone on the internet, without a session, downloads a public document.
  const anonymous = await browser.newContext();
  const anonymousDownload = await anonymous.request.get(new URL(href, page.url()).toString());
  expect(anonymousDownload.status()).toBe(200);
  expect(Buffer.compare(await anonymousDownload.body(), bytes)).toBe(0);

  await row.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, to the bin' }).click();
  await expect(page.getByTestId('document-row').filter({ hasText: fileName })).toHaveCount(0);
  expect((await anonymous.request.get(new URL(href, page.url()).toString())).status()).toBe(404);

  await page.getByRole('link', { name: 'Bin' }).click();
  const binned = page.getByTestId('bin-document').filter({ hasText: fileName });
  await binned.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('bin-document').filter({ hasText: fileName })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Folders' }).getByRole('link', { name: folderName }).click();
  await expect(page.getByTestId('document-row').filter({ hasText: fileName })).toBeVisible();
  expect(Buffer.compare(await (await anonymous.request.get(new URL(href, page.url()).toString())).body(), bytes)).toBe(0);
  await anonymous.close();
});

test('an empty file is refused with a clear message and nothing is uploaded', async ({ page }) => {
  const signIn = new SignInPage(page, 'en');
  await signIn.goto();
  await signIn.signIn('admin');
  await expect(page.getByTestId('org-name')).toBeVisible();
  await page.goto('/en/org/1/documents');
  const response = await page.request.post('/api/files?orgId=1&folderId=', { headers: { 'X-File-Name': 'empty.txt', 'Content-Type': 'application/octet-stream' }, data: Buffer.alloc(0) });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ ok: false, messageKey: 'Documents.file_empty' });
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The file is empty. Choose a file with content.' })).toBeVisible();
  await expect(page.getByTestId('document-row').filter({ hasText: 'empty.txt' })).toHaveCount(0);
});

test('a user opens their contacts on their own page and another user then sees them', async ({ page, browser }) => {
  const signIn = new SignInPage(page, 'en');
  await signIn.goto();
  await signIn.signIn('teacher');
  await expect(page.getByTestId('org-name')).toBeVisible();
  const { user } = (await sessionOf(page)) as { user: { id: number } };
  // Start from closed contacts even on a database an earlier run left behind.
  await page.goto(`/en/users/${user.id}`);
  const setting = page.getByLabel('Show my e-mail and phone to other users');
  if (await setting.isChecked()) {
    await setting.uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Only you see your contacts.')).toBeVisible();
  }
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherSignIn = new SignInPage(otherPage, 'en');
  await otherSignIn.goto();
  await otherSignIn.signIn('staff');
  await expect(otherPage.getByTestId('org-name')).toBeVisible();
  await otherPage.goto(`/en/users/${user.id}`);
  await expect(otherPage.getByText('The user keeps their contacts private.')).toBeVisible();
  await expect(otherPage.getByLabel('Show my e-mail and phone to other users')).toHaveCount(0);

  await expect(page.getByTestId('user-contacts')).toContainText('@');
  await setting.check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Other users see your contacts.')).toBeVisible();

  await otherPage.reload();
  await expect(otherPage.getByTestId('user-contacts')).toContainText('@');
  await other.close();
});
