import { expect, SignInPage, seriousAxeViolations, test } from './fixtures';

test('the sign-in page has no serious or critical axe violation', async ({ page, signInPage }) => {
  await signInPage.goto();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the Page tab has no serious or critical axe violation', async ({ page }) => {
  const signInPage = new SignInPage(page, 'ru');
  await signInPage.goto();
  await signInPage.signIn('admin');
  await expect(page.getByTestId('org-name')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
