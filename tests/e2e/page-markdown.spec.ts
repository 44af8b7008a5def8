import { randomBytes } from 'node:crypto';
import { expect, seriousAxeViolations, SignInPage, test } from './fixtures';

/** Issue 15 item 2: an admin writes an interactive page in Markdown, previews it and visitors see it formatted. */

const ORG = 1;
// A 1×1 PNG: the upload detects the type from the content.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('an admin writes Markdown, previews it with an image from Documents, saves it, and the public page shows heading, table and image', async ({ page, browser }) => {
  const signIn = new SignInPage(page, 'kk');
  await signIn.goto();
  await signIn.signIn('admin');
  await expect(page.getByTestId('org-name')).toBeVisible();

  // A public image in the organisation's Documents.
  const imageName = `Жоспар ${randomBytes(3).toString('hex')}.png`;
  const upload = await page.request.post(`/api/files?orgId=${ORG}&folderId=&public=1`, { data: PNG, headers: { 'X-File-Name': encodeURIComponent(imageName), 'Content-Type': 'image/png' } });
  expect(upload.ok()).toBe(true);
  const imageId = ((await upload.json()) as { data: { id: number } }).data.id;

  await page.goto(`/kk/org/${ORG}/pages/new`);
  const title = `Қабылдау ережесі ${randomBytes(3).toString('hex')}`;
  await page.getByLabel('Тақырып').fill(title);
  const body = page.getByLabel('Мазмұны');
  const wideRow = `| ${Array.from({ length: 12 }, (_, i) => `Ұзынбағанныңатауы${i}`).join(' | ')} |`;
  await body.fill(
    ['## Қабылдау кестесі', '', 'Өтініш **міндетті**.', '', '| Сынып | Орын |', '|---|---|', '| 1-сынып | 25 |', '', wideRow, `|${' --- |'.repeat(12)}`, wideRow, '', ''].join('\n'),
  );
  // The picker inserts the file at the caret, with the keyboard alone.
  await page.getByLabel('«Құжаттар» қойындысындағы файл').selectOption(String(imageId));
  await page.getByRole('button', { name: 'Кірістіру' }).focus();
  await page.keyboard.press('Enter');
  await expect(body).toBeFocused();
  await expect(body).toHaveValue(new RegExp(`!\\[Жоспар [0-9a-f]+\\.png\\]\\(/api/files/${imageId}\\)$`));

  await page.getByRole('button', { name: 'Алдын ала қарау' }).click();
  await expect(page.getByRole('button', { name: 'Алдын ала қарау' })).toHaveAttribute('aria-pressed', 'true');
  const preview = page.getByTestId('page-preview');
  await expect(preview.getByRole('heading', { name: 'Қабылдау кестесі' })).toBeVisible();
  await expect(preview.getByRole('cell', { name: '25' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('міндетті');
  const previewImage = preview.getByRole('img', { name: imageName });
  await expect(previewImage).toHaveAttribute('src', `/api/files/${imageId}`);
  await expect.poll(() => previewImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(body).toBeHidden();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Жазу' }).click();
  await expect(body).toBeVisible();
  await page.getByRole('button', { name: 'Сақтау' }).click();
  await expect(page).toHaveURL(/\/kk\/org\/1\/pages\/\d+$/);
  const pageId = page.url().split('/').pop();
  await expect(page.getByTestId('interactive-page-body').getByRole('heading', { name: 'Қабылдау кестесі' })).toBeVisible();

  // A visitor on a phone: formatted, the image loads, the wide table scrolls inside its own box.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await context.newPage();
  await visitor.goto(`/kk/site/${ORG}/pages/${pageId}`);
  const shown = visitor.getByTestId('interactive-page-body');
  await expect(shown.getByRole('heading', { name: 'Қабылдау кестесі' })).toBeVisible();
  await expect(shown.getByRole('cell', { name: '1-сынып' })).toBeVisible();
  const image = shown.getByRole('img', { name: imageName });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const wide = shown.locator('table').nth(1);
  expect(await wide.evaluate((table) => table.scrollWidth > table.clientWidth)).toBe(true);
  expect(await seriousAxeViolations(visitor)).toEqual([]);
  // The preview is the admins' alone: a visitor is refused.
  expect((await visitor.request.post(`/api/org/${ORG}/page-preview`, { multipart: { body: '# x' } })).status()).toBe(401);
  await context.close();

  // Opened again on a phone, the editor holds the Markdown as written and fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/kk/org/${ORG}/pages/${pageId}/edit`);
  await expect(page.getByLabel('Мазмұны')).toHaveValue(/^## Қабылдау кестесі\n/);
  await page.getByText('Пішімдеу анықтамасы', { exact: true }).click();
  await expect(page.getByText('Кесте: бағандар')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
