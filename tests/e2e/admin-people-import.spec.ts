import { expect, seriousAxeViolations, test } from './fixtures';
import { MESSAGES, randomIin, runSuffix, signedIn } from './admin-people-pages';

/** Import from a spreadsheet end to end (Russian UI): template, a wrong column, preview, Confirm, error list. */
const suffix = runSuffix();

test('ru: import from a spreadsheet — a wrong column is named, rows are previewed, Confirm writes the valid ones', async ({ browser }) => {
  const ru = MESSAGES.ru;
  const i = ru.PersonImport;
  const admin = await signedIn(browser, 'admin', 'ru');
  await admin.goto('/ru/org/1/admin/people');
  await admin.getByRole('link', { name: ru.AdminPeople.import }).click();
  await expect(admin.getByRole('heading', { name: i.title })).toBeVisible();
  const template = await admin.request.get('/api/org/1/people-import-template?format=xlsx&locale=ru');
  expect(template.status()).toBe(200);
  expect(template.headers()['content-type']).toContain('spreadsheetml');

  const upload = async (name: string, text: string) => {
    await admin.getByLabel(i.file).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await admin.getByRole('button', { name: i.upload }).click();
  };
  await upload('wrong.csv', 'Фамилия;Зарплата\nИванов;1\n');
  await expect(admin.getByText(i.columns_unknown.replace('{columns}', 'Зарплата'))).toBeVisible();

  const surname = `Импортова${suffix}`;
  const iin1 = randomIin('1993-04-05', 'female');
  const iin2 = randomIin('1994-06-07', 'female');
  const lines = [
    'Роль;Дата прихода;Фамилия;Имя;Отчество;Дата рождения;Пол;ИИН;E-mail;Телефон',
    `Сотрудник;01.09.2025;${surname};Анна;;05.04.1993;Ж;${iin1};;`,
    `Заместитель руководителя;01.09.2025;${surname};Бота;;07.06.1994;Ж;${iin2};bota.${Date.now()}@example.kz;`,
    `Сотрудник;01.09.2025;${surname};Вера;;05.04.1993;Ж;${iin1.slice(0, 11)}${(Number(iin1[11]) + 1) % 10};;`,
  ];
  await upload('people.csv', lines.join('\n'));
  await expect(admin.getByTestId('import-summary')).toContainText('people.csv');
  await expect(admin.getByTestId('import-row')).toHaveCount(3);
  await admin.getByRole('link', { name: i.show_errors }).click();
  await expect(admin.getByTestId('import-row')).toHaveCount(1);
  await expect(admin.getByTestId('import-row')).toContainText(ru.PersonWizard.iin_check_digit);
  expect(await seriousAxeViolations(admin)).toEqual([]);

  await admin.getByRole('button', { name: i.confirm.replace('{count}', '2') }).click();
  await expect(admin.getByTestId('import-result')).toContainText(i.committed.replace('{count}', '2'));
  await expect(admin.getByRole('button', { name: i.invitations_download })).toBeVisible();
  const errorList = await admin.request.get(await admin.getByRole('link', { name: i.error_list }).getAttribute('href') as string);
  expect(await errorList.text()).toContain(ru.PersonWizard.iin_check_digit);

  await admin.goto(`/ru/org/1/admin/people?q=${surname}`);
  await expect(admin.getByTestId('person-row')).toHaveCount(2);

  // An imported person's invitation can be reissued: the new one-time password is shown once.
  await admin.getByRole('link', { name: `${surname} Анна`, exact: true }).click();
  await admin.getByRole('link', { name: ru.AdminPeople.tab_view }).click();
  await admin.getByRole('button', { name: ru.Invitation.reissue }).click();
  await admin.getByRole('button', { name: ru.Invitation.yes_reissue }).click();
  await expect(admin.getByTestId('invitation-sheet')).toContainText(ru.Invitation.password);
  await expect(admin.getByTestId('invitation-login')).toHaveText(/^inv-/);
  await admin.context().close();
});
