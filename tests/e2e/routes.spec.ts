import { expect, SignInPage, test } from './fixtures';

test('the bare address opens the Kazakh sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/kk\/sign-in$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
});

test('bad organisation and user addresses answer 404, never 500', async ({ page }) => {
  const signIn = new SignInPage(page, 'en');
  await signIn.goto();
  await signIn.signIn('staff');
  await expect(page.getByTestId('org-name')).toBeVisible();
  for (const path of ['/en/org/abc', '/en/org/0', '/en/org/99999999', '/en/org/99999999999999', '/en/users/x', '/en/users/99999999']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  expect((await page.goto('/xx/org/1'))?.status()).toBe(404);
});

test('a registered leader links to a personal page with organisations and roles', async ({ page }) => {
  const signIn = new SignInPage(page, 'ru');
  await signIn.goto();
  await signIn.signIn('staff');
  await page.getByRole('link', { name: 'Искандерова Алия' }).click();
  await expect(page).toHaveURL(/\/ru\/users\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Искандерова Алия/);
  await expect(page.getByRole('region', { name: 'Организации и роли' })).toContainText('Начальник Управления образования Тестового района');
});
