import type { Page } from '@playwright/test';
import { expect, seriousAxeViolations, SignInPage, test } from './fixtures';

/** The leaders' block (issue 15 §3, F-2.2, the guide's figure 2): Add, order, remove. */

const ORG = 1;
const PERSON = 'Омарханова Ақжанай Сериковна';

async function signedIn(page: Page, login: string) {
  const signIn = new SignInPage(page, 'ru');
  await signIn.goto();
  await signIn.signIn(login);
  await expect(page.getByTestId('org-name')).toBeVisible();
}

test('an admin adds a leader with a title, moves and removes them; the Page tab and the public site follow', async ({ page, browser }) => {
  await signedIn(page, 'admin');
  const leaders = page.getByRole('region', { name: 'Руководители' });
  await leaders.getByRole('link', { name: 'Добавить руководителя или изменить список' }).click();
  await expect(page).toHaveURL(/\/ru\/org\/1\/leaders$/);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Nothing chosen: the reason beside each field, nothing added.
  const add = page.getByRole('form', { name: 'Добавить руководителя' });
  await add.getByRole('button', { name: 'Добавить' }).click();
  await expect(add.getByText('Выберите сотрудника.')).toBeVisible();
  await expect(add.getByText('Заполните это поле.')).toBeVisible();
  await expect(page.getByTestId('leader-row')).toHaveCount(3);

  await add.getByLabel('Сотрудник').selectOption({ label: PERSON });
  await add.getByLabel('Должность').fill('Руководитель отдела воспитательной работы');
  await add.getByRole('button', { name: 'Добавить' }).click();
  await expect(page.getByTestId('action-notice')).toHaveText(`${PERSON} добавлен(а) в список руководителей.`);
  const rows = page.getByTestId('leader-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.last()).toContainText(PERSON);
  await expect(rows.last()).toContainText('Руководитель отдела воспитательной работы');

  await page.getByRole('button', { name: `${PERSON} — переместить выше` }).click();
  await expect(page.getByTestId('action-notice')).toHaveText(`Порядок изменён: ${PERSON}.`);
  await expect(rows.nth(2)).toContainText(PERSON);

  await page.goto(`/ru/org/${ORG}`);
  await expect(leaders.getByText(PERSON)).toBeVisible();
  const visitor = await browser.newPage();
  await visitor.goto(`/ru/site/${ORG}`);
  await expect(visitor.getByRole('region', { name: 'Руководители' }).getByText(PERSON)).toBeVisible();

  // Removal asks first; Cancel keeps the leader.
  await page.goto(`/ru/org/${ORG}/leaders`);
  await page.getByRole('button', { name: `${PERSON} — убрать из списка` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Убрать ${PERSON} из списка руководителей?`);
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(rows).toHaveCount(4);
  await page.getByRole('button', { name: `${PERSON} — убрать из списка` }).click();
  await dialog.getByRole('button', { name: 'Да, убрать' }).click();
  await expect(page.getByTestId('action-notice')).toHaveText(`${PERSON} убран(а) из списка руководителей.`);
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('list', { name: 'Список руководителей' })).not.toContainText(PERSON);

  await visitor.reload();
  await expect(visitor.getByRole('region', { name: 'Руководители' })).toContainText('Искандерова Алия');
  await expect(visitor.getByRole('region', { name: 'Руководители' })).not.toContainText(PERSON);
  await visitor.close();
});

test('staff see no Add on the leaders block and are refused the leaders page', async ({ page }) => {
  await signedIn(page, 'staff');
  await expect(page.getByRole('region', { name: 'Руководители' })).toContainText('Искандерова Алия');
  await expect(page.getByRole('link', { name: 'Добавить руководителя или изменить список' })).toHaveCount(0);
  expect((await page.goto(`/ru/org/${ORG}/leaders`))?.status()).toBe(403);
});
