import { expect, seriousAxeViolations, SignInPage, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const ORG = 1;

test('an editor publishes news and an anonymous visitor sees it on the public site at once', async ({ page, browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  // Warm the cache first, so the test proves the write expired it.
  const first = await visitor.goto(`/ru/site/${ORG}`);
  expect(first?.status()).toBe(200);
  await expect(visitor.getByTestId('org-name')).toHaveText(/Оқу-ағарту/);
  // The app server keeps a copy out of Next's cache (lib/site/front-cache.ts), filled after the miss.
  await expect.poll(async () => (await visitor.request.get(`/ru/site/${ORG}`)).headers()['x-site-cache']).toBe('HIT');

  const title = `Сайт ${Date.now().toString(36)}`;
  const signIn = new SignInPage(page, 'ru');
  await signIn.goto();
  await signIn.signIn('admin');
  await page.getByRole('link', { name: 'Добавить новость' }).click();
  await page.getByLabel('Заголовок').fill(title);
  await page.getByLabel('Текст').fill('Новость для всех.');
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(page).toHaveURL(/\/ru\/org\/1$/);

  await visitor.goto(`/ru/site/${ORG}`);
  await expect(visitor.getByRole('article', { name: title })).toBeVisible();
  await visitor.goto(`/ru/site/${ORG}/news`);
  await expect(visitor.getByRole('article', { name: title })).toBeVisible();
});

test('the public site reads no session: a signed-in visitor gets the same cached page', async ({ page }) => {
  const signIn = new SignInPage(page, 'kk');
  await signIn.goto();
  await signIn.signIn('staff');
  // Signed in for real (the session cookie set) before the site is asked.
  await expect(page.getByTestId('current-user')).toBeVisible();
  const url = `/kk/site/${ORG}/structure`;
  // The front cache holds the page once a first request filled it (lib/site/front-cache.ts).
  await expect.poll(async () => (await page.request.get(url)).headers()['x-site-cache']).toBe('HIT');
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['x-site-cache']).toBe('HIT');
  const html = await response.text();
  expect(html).toContain('Отдел воспитательной работы и соц. поддержки');
  expect(html).not.toContain('data-testid="current-user"');
  // Never rendered for this user: the very bytes a visitor without a cookie gets.
  const anonymous = await page.context().browser()!.newContext();
  const visitorHtml = await (await anonymous.request.get(new URL(url, response.url()).toString())).text();
  await anonymous.close();
  expect(html).toBe(visitorHtml);
});

test('the public site answers 404 for unknown organisations and has no serious axe violation', async ({ page }) => {
  expect((await page.goto('/en/site/99999999'))?.status()).toBe(404);
  expect((await page.goto('/en/site/abc'))?.status()).toBe(404);
  expect((await page.goto(`/en/site/${ORG}/people`))?.status()).toBe(404);
  await page.goto(`/en/site/${ORG}`);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('public documents open on the site by folder path', async ({ page, browser }) => {
  // An admin files a public document in a new folder…
  const signIn = new SignInPage(page, 'en');
  await signIn.goto();
  await signIn.signIn('admin');
  await expect(page.getByTestId('org-name')).toBeVisible();
  await page.goto(`/en/org/${ORG}/documents`);
  const folderName = `Site folder ${Date.now().toString(36)}`;
  await page.getByText('New folder').click();
  await page.getByLabel('Folder name').fill(folderName);
  await page.getByRole('button', { name: 'Create folder' }).click();
  await page.getByRole('navigation', { name: 'Folders' }).getByRole('link', { name: folderName }).click();
  // The root's upload form stays on screen until the folder's page arrives: wait for it, or the file lands in the root.
  await expect(page).toHaveURL(/[?&]folder=\d+/);
  await expect(page.getByRole('navigation', { name: 'Folders' }).getByRole('link', { name: folderName })).toHaveAttribute('aria-current', 'page');
  const fileName = `order-${Date.now().toString(36)}.pdf`;
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('The file is uploaded.')).toBeVisible();

  // …and a visitor opens that folder on the site by its path and finds the file in it.
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.goto(`/kk/site/${ORG}/documents`))?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { name: 'Барлық құжаттар' })).toBeVisible();
  await visitor.getByRole('navigation', { name: 'Бумалар' }).getByRole('link', { name: folderName }).click();
  await expect(visitor).toHaveURL(new RegExp(`/kk/site/${ORG}/documents/\\d+$`));
  await expect(visitor.getByRole('heading', { name: folderName })).toBeVisible();
  await expect(visitor.getByRole('link', { name: fileName })).toBeVisible();
  const folderUrl = visitor.url();
  expect((await visitor.goto(folderUrl))?.status()).toBe(200);
  await expect(visitor.getByRole('link', { name: fileName })).toBeVisible();
  await visitor.context().close();
  expect((await page.goto(`/kk/site/${ORG}/documents/99999999`))?.status()).toBe(404);
  expect((await page.goto(`/kk/site/${ORG}/documents/1/2`))?.status()).toBe(404);
});
