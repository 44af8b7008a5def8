import type { Page } from '@playwright/test';
import { expect, SignInPage, test } from './fixtures';

/**
 * Org 1's "Site" switched off and on again. Every visitor of org 1's public site in other files
 * would meet its 404s meanwhile, so this file runs in the project that follows all others
 * (playwright.config.ts).
 */
const ORG = 1;

async function setSite(admin: Page, on: boolean) {
  await admin.goto(`/kk/org/${ORG}/admin/settings/functions`);
  const box = admin.getByLabel('Сайт', { exact: true });
  if (on) await box.check();
  else await box.uncheck();
  await admin.getByRole('button', { name: 'Сақтау' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Сақталды.' })).toBeVisible();
}

test('with "Site" off visitors see the profile only; on again, everything is back', async ({ page, browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/kk/site/${ORG}/structure`);
  await expect(visitor.getByText('Отдел воспитательной работы и соц. поддержки')).toBeVisible();
  // Held by the front cache, so the 404 below proves the switch dropped the copy too.
  await expect.poll(async () => (await visitor.request.get(`/kk/site/${ORG}/structure`)).headers()['x-site-cache']).toBe('HIT');
  const signIn = new SignInPage(page, 'kk');
  await signIn.goto();
  await signIn.signIn('admin');
  await expect(page.getByTestId('org-name')).toBeVisible();
  await setSite(page, false);
  try {
    await visitor.goto(`/kk/site/${ORG}`);
    await expect(visitor.getByTestId('org-name')).toHaveText(/Оқу-ағарту/);
    await expect(visitor.getByText('Искандерова Алия')).toBeVisible();
    await expect(visitor.getByRole('navigation', { name: 'Ұйым бөлімдері' })).toHaveCount(0);
    await expect(visitor.getByRole('region', { name: 'Жаңалықтар' })).toHaveCount(0);
    expect((await visitor.goto(`/kk/site/${ORG}/structure`))?.status()).toBe(404);
    expect((await visitor.goto(`/kk/site/${ORG}/documents`))?.status()).toBe(404);
  } finally {
    await setSite(page, true);
  }
  expect((await visitor.goto(`/kk/site/${ORG}/structure`))?.status()).toBe(200);
  await expect(visitor.getByText('Отдел воспитательной работы и соц. поддержки')).toBeVisible();
  await visitor.goto(`/kk/site/${ORG}`);
  await expect(visitor.getByRole('navigation', { name: 'Ұйым бөлімдері' })).toBeVisible();
});
