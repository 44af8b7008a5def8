import postgres from 'postgres';
import { E2E_DATABASE_URL, expect, seriousAxeViolations, SignInPage, test } from './fixtures';
import { ensureNotMember, fullNameOf, MESSAGES, randomIin, runSuffix, signedIn, unregisteredOutsider, WizardPage } from './admin-people-pages';

/**
 * Administration → People end to end: the wizard in Kazakh and English (new person, then a user
 * from another organisation), invitation → /register → sign-in, rights, the last admin,
 * remove → archive → restore, history, and a non-admin refused.
 */
test.describe.configure({ mode: 'serial' });

const kk = MESSAGES.kk;
const en = MESSAGES.en;
const suffix = runSuffix();
const created = { surname: `Тестова${suffix}`, name: 'Әсел', invitation: null as { login: string; password: string } | null, login: `e2e.${Date.now()}` };

const fullName = () => `${created.surname} ${created.name}`;

function wrongCheckDigit(iin: string) {
  return `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
}

test('kk: the wizard adds a new person; each step is checked; Back and a reload keep what was typed', async ({ browser }) => {
  const page = await signedIn(browser, 'admin', 'kk');
  const wizard = new WizardPage(page, 'kk');
  const w = kk.PersonWizard;
  await wizard.open();
  await wizard.next();
  await expect(page.getByText(w.method_required)).toBeVisible();
  await wizard.chooseMethod('new');

  await wizard.next();
  await expect(page.getByText(w.role_required)).toBeVisible();
  await expect(page.getByText(kk.Validation.required).first()).toBeVisible();

  const iin = randomIin('1991-03-15', 'female');
  const data = { role: kk.Roles.deputy, arrivalDate: '2025-09-01', surname: created.surname, name: created.name, birthDate: '1991-03-15', sex: 'female' as const, iin: wrongCheckDigit(iin) };
  await wizard.fillNewPerson(data);
  await wizard.next();
  await expect(page.getByText(w.iin_check_digit)).toBeVisible();
  await expect(page.getByLabel(w.surname, { exact: true })).toHaveValue(created.surname);

  await page.getByLabel(w.iin, { exact: true }).fill(`${iin}1`);
  await wizard.next();
  await expect(page.getByText(w.iin_format)).toBeVisible();

  await page.getByLabel(w.iin, { exact: true }).fill(iin);
  await page.getByLabel(w.birth_date).fill('1991-03-16');
  await page.getByLabel(w.arrival_date).fill('1990-01-01');
  await wizard.next();
  await expect(page.getByText(w.birth_date_disagrees_iin)).toBeVisible();
  await expect(page.getByText(w.arrival_before_birth)).toBeVisible();

  await page.getByLabel(w.birth_date).fill('1991-03-15');
  await page.getByLabel(w.arrival_date).fill('2025-09-01');
  await wizard.next();
  await expect(wizard.currentStep()).toContainText(`3. ${w.step_check}`);
  const summary = page.getByTestId('wizard-summary');
  await expect(summary).toContainText(created.surname);
  await expect(summary).toContainText(iin);

  await page.reload();
  await expect(page.getByTestId('wizard-summary')).toContainText(created.surname);
  await page.getByRole('link', { name: new RegExp(w.back) }).click();
  await expect(page.getByLabel(w.surname, { exact: true })).toHaveValue(created.surname);
  await expect(page.getByLabel(w.iin, { exact: true })).toHaveValue(iin);
  await wizard.next();
  created.invitation = await wizard.create();
  expect(created.invitation?.login).toMatch(/^inv-/);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The same IIN again: with other names nothing of the holder shows; with theirs, the holder is
  // named and already a member here.
  await wizard.open();
  await wizard.chooseMethod('new');
  await wizard.fillNewPerson({ ...data, iin, surname: 'Басқа', name: 'Адам' });
  await wizard.next();
  await expect(page.getByText(w.iin_exists_names)).toBeVisible();
  await expect(page.getByTestId('iin-offer')).toBeHidden();
  await page.getByLabel(w.surname, { exact: true }).fill(created.surname);
  await page.getByLabel(w.name, { exact: true }).fill(created.name);
  await wizard.next();
  await expect(page.getByTestId('iin-offer')).toContainText(created.surname);
  await expect(page.getByTestId('iin-offer')).toContainText(w.iin_offer_member);
  await page.context().close();
});

test('kk: a user from another organisation joins with a membership only', async ({ browser }) => {
  // Seeded users of another school that no other spec relies on (teacher/parent stay outside org 1).
  const teacher = await fullNameOf(browser, 'user1108');
  const page = await signedIn(browser, 'admin', 'kk');
  await ensureNotMember(page, 'kk', teacher);
  const wizard = new WizardPage(page, 'kk');
  const w = kk.PersonWizard;
  await wizard.open();
  await wizard.chooseMethod('user');
  await page.getByRole('radio', { name: kk.Roles.employee, exact: true }).check();
  await page.getByLabel(w.arrival_date).fill('2026-01-10');
  await page.getByLabel(w.surname, { exact: true }).fill(teacher.surname);
  await page.getByLabel(w.name, { exact: true }).fill(teacher.name);
  await page.getByLabel(w.account).fill('nobody-has-this-login');
  await wizard.next();
  await expect(page.getByText(w.user_not_found)).toBeVisible();
  await page.getByLabel(w.account).fill('user1108');
  await wizard.next();
  await expect(page.getByText(w.check_existing_user)).toBeVisible();
  expect(await wizard.create()).toBeNull();
  await page.getByRole('link', { name: w.open_person }).click();
  await expect(page.getByTestId('membership').first()).toContainText(kk.Roles.employee);
  await page.context().close();
});

test('en: the wizard in English — Create and add another, then a user from another organisation', async ({ browser }) => {
  const parent = await fullNameOf(browser, 'user1109');
  const page = await signedIn(browser, 'admin', 'en');
  await ensureNotMember(page, 'en', parent);
  const wizard = new WizardPage(page, 'en');
  const w = en.PersonWizard;
  await wizard.open();
  await expect(page.getByText(w.step_method)).toBeVisible();
  await wizard.chooseMethod('new');
  const surname = `Test${suffix}`;
  const email = `ivan.${Date.now()}@example.kz`;
  await wizard.fillNewPerson({ role: en.Roles.employee, arrivalDate: '2026-02-01', surname, name: 'Ivan', birthDate: '2001-07-20', sex: 'male', iin: randomIin('2001-07-20', 'male'), email });
  await wizard.next();
  await expect(page.getByTestId('wizard-summary')).toContainText(surname);
  const invitation = await wizard.create(true);
  expect(invitation?.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await expect(page.getByText(en.Invitation.mailed)).toBeVisible();
  // The mail carries the one-time password and is marked secret (emptied once a mail service took it).
  const sql = postgres(E2E_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [mail] = await sql<{ secret: boolean; text_body: string }[]>`select secret, text_body from mail_outbox where to_address = ${email}`;
    expect(mail?.secret).toBe(true);
    expect(mail?.text_body).toContain(invitation!.password);
  } finally {
    await sql.end();
  }

  // Step 1 again, empty, for the next person.
  await expect(page.getByRole('radio', { name: w.method_new })).not.toBeChecked();
  await wizard.chooseMethod('user');
  await page.getByRole('radio', { name: en.Roles.deputy, exact: true }).check();
  await page.getByLabel(w.arrival_date).fill('2026-02-01');
  await page.getByLabel(w.surname, { exact: true }).fill(parent.surname);
  await page.getByLabel(w.name, { exact: true }).fill(parent.name);
  await page.getByLabel(w.account).fill('USER1109');
  await wizard.next();
  await expect(page.getByText(w.check_existing_user)).toBeVisible();
  expect(await wizard.create()).toBeNull();

  await page.goto(`/en/org/1/admin/people?q=${surname}`);
  await expect(page.getByTestId('person-row')).toHaveCount(1);
  await expect(page.getByTestId('person-row')).toContainText(en.Roles.employee);
  await page.context().close();
});

test('en: an IIN of another organisation discloses nothing until the names match; its home keeps the invitation and the personal data', async ({ browser }) => {
  const holder = await unregisteredOutsider();
  const page = await signedIn(browser, 'admin', 'en');
  const wizard = new WizardPage(page, 'en');
  const w = en.PersonWizard;
  const a = en.AdminPeople;
  await wizard.open();
  await wizard.chooseMethod('new');
  await wizard.fillNewPerson({ role: en.Roles.employee, arrivalDate: '2025-09-01', surname: 'Басқа', name: 'Адам', birthDate: holder.birthDate, sex: holder.sex, iin: holder.iin });
  await wizard.next();
  await expect(page.getByText(w.iin_exists_names)).toBeVisible();
  await expect(page.getByTestId('iin-offer')).toBeHidden();
  await expect(page.locator('main')).not.toContainText(holder.surname);

  await page.getByLabel(w.surname, { exact: true }).fill(holder.surname);
  await page.getByLabel(w.name, { exact: true }).fill(holder.name);
  await wizard.next();
  await expect(page.getByTestId('iin-offer')).toContainText(holder.surname);
  await page.getByRole('button', { name: w.iin_offer_button }).click();
  await expect(page.getByText(w.check_existing_person)).toBeVisible();
  expect(await wizard.create()).toBeNull();
  await expect(page.getByText(w.created_invited_by_home.replace('{name}', holder.fullName).replace('{organization}', holder.homeName))).toBeVisible();

  // The person's page: the invitation and the personal data stay with the home organisation.
  await page.getByRole('link', { name: w.open_person }).click();
  await expect(page.getByTestId('invitation-by-home')).toHaveText(a.invitation_by_home.replace('{organization}', holder.homeName));
  await expect(page.getByRole('button', { name: en.Invitation.reissue })).toHaveCount(0);
  await page.getByRole('link', { name: a.tab_data }).click();
  await expect(page.getByTestId('shared-data-readonly')).toContainText(holder.homeName);
  await expect(page.getByLabel(w.surname, { exact: true })).toHaveCount(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByLabel(a.position, { exact: true }).fill('Methodologist');
  await page.getByRole('button', { name: en.Common.save }).click();
  await expect(page.getByText(en.Common.saved)).toBeVisible();

  const sql = postgres(E2E_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const lookups = await sql<{ found: string }[]>`
      select changes->'found'->>'to' as found from audit_events
      where action = 'person.iin_lookup' and organization_id = 1 and changes->'iin'->>'to' = ${holder.iin} order by id`;
    expect(lookups.map((l) => l.found)).toEqual(['taken', 'match', 'match']);
    const [person] = await sql<{ surname: string }[]>`select surname from persons where iin = ${holder.iin}`;
    expect(person?.surname).toBe(holder.surname);
  } finally {
    await sql.end();
  }
  await page.context().close();
});

test('the invitation becomes an account at /register; the new user signs in', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const r = kk.Register;
  await page.goto('/kk/register');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByLabel(r.invitation_login).fill(created.invitation!.login);
  await page.getByLabel(r.invitation_password).fill('wrong-password');
  await page.getByRole('button', { name: r.check }).click();
  await expect(page.getByText(r.invalid_invitation)).toBeVisible();
  await page.getByLabel(r.invitation_password).fill(created.invitation!.password.toUpperCase());
  await page.getByRole('button', { name: r.check }).click();
  await expect(page.getByText(created.surname)).toBeVisible();
  await page.getByLabel(r.login, { exact: true }).fill(created.login);
  await page.getByLabel(r.password, { exact: true }).fill('my-own-password');
  await page.getByLabel(r.password_confirm).fill('another-password');
  await page.getByRole('button', { name: r.submit }).click();
  await expect(page.getByText(r.password_mismatch)).toBeVisible();
  await page.getByLabel(r.password, { exact: true }).fill('my-own-password');
  await page.getByLabel(r.password_confirm).fill('my-own-password');
  await page.getByRole('button', { name: r.submit }).click();
  await expect(page.getByText(r.done)).toBeVisible();
  await page.getByRole('link', { name: r.sign_in }).first().click();
  await new SignInPage(page, 'kk').signIn(created.login, 'my-own-password');
  await expect(page.getByTestId('current-user')).toContainText(created.surname);

  // A used invitation opens nothing.
  const other = await (await browser.newContext()).newPage();
  await other.goto('/kk/register');
  await other.getByLabel(r.invitation_login).fill(created.invitation!.login);
  await other.getByLabel(r.invitation_password).fill(created.invitation!.password);
  await other.getByRole('button', { name: r.check }).click();
  await expect(other.getByText(r.invalid_invitation)).toBeVisible();
  await page.context().close();
  await other.context().close();
});

test('rights: the last admin keeps the right; another person becomes admin', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin', 'kk');
  const a = kk.AdminPeople;
  await admin.goto('/kk/org/1/admin/people?q=Омарханова');
  await admin.getByTestId('person-row').getByRole('link', { name: 'Омарханова Ақжанай Сериковна', exact: true }).click();
  await admin.getByRole('checkbox', { name: kk.Roles.admin }).uncheck();
  await admin.getByRole('button', { name: kk.Common.save }).click();
  await expect(admin.getByText(a.last_admin).first()).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole('checkbox', { name: kk.Roles.admin })).toBeChecked();

  await admin.goto(`/kk/org/1/admin/people?q=${created.surname}`);
  const row = admin.getByTestId('person-row');
  // Registered now: the palm mark links to the personal page.
  await expect(row.getByRole('link', { name: a.personal_page.replace('{name}', fullName()) })).toBeVisible();
  await row.getByRole('link', { name: fullName(), exact: true }).click();
  await admin.getByLabel(a.position, { exact: true }).fill('Бас маман');
  await admin.getByRole('checkbox', { name: kk.Roles.admin }).check();
  await admin.getByRole('button', { name: kk.Common.save }).click();
  await expect(admin.getByText(kk.Common.saved)).toBeVisible();

  const user = await signedIn(browser, created.login, 'kk', 'my-own-password');
  expect((await user.goto('/kk/org/1/admin/people'))?.status()).toBe(200);
  await user.context().close();
  await admin.context().close();
});

test('remove → archive → restore: the session ends on the next request, the account still signs in', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin', 'kk');
  const user = await signedIn(browser, created.login, 'kk', 'my-own-password');
  const a = kk.AdminPeople;
  expect((await user.goto('/kk/org/1/admin/people'))?.status()).toBe(200);

  await admin.goto(`/kk/org/1/admin/people?q=${created.surname}`);
  await admin.getByTestId('person-row').getByRole('link', { name: fullName(), exact: true }).click();
  await admin.getByRole('link', { name: a.tab_view }).click();
  await admin.getByRole('button', { name: a.remove }).click();
  await admin.getByRole('button', { name: a.yes_remove }).click();
  await expect(admin.getByText(a.archived_since.split('{date}')[1]!.trim())).toBeVisible();

  // The person's last membership is gone: their session ends at once (issue 11 item 15).
  await user.goto('/kk/org/1/admin/people');
  await expect(user).toHaveURL(/\/kk\/sign-in\?callbackUrl=/);
  // The account itself keeps working: a fresh sign-in succeeds.
  await user.context().clearCookies();
  const signIn = new SignInPage(user, 'kk');
  await signIn.goto();
  await signIn.signIn(created.login, 'my-own-password');
  await expect(user.getByTestId('current-user')).toContainText(created.surname);

  await admin.goto('/kk/org/1/admin/people?tab=archive');
  const archived = admin.getByTestId('archive-row').filter({ hasText: created.surname });
  await expect(archived).toBeVisible();
  await archived.getByRole('button', { name: a.restore }).click();
  await expect(archived).toBeHidden();
  expect((await user.goto('/kk/org/1/admin/people'))?.status()).toBe(200);

  // History shows each step, newest first.
  await admin.goto(`/kk/org/1/admin/people?q=${created.surname}`);
  await admin.getByTestId('person-row').getByRole('link', { name: fullName(), exact: true }).click();
  await admin.getByRole('link', { name: a.tab_view }).click();
  const h = kk.PersonHistory;
  const history = admin.getByTestId('history-row');
  await expect(history.nth(0)).toContainText(h.action_membership_restore);
  await expect(history.nth(1)).toContainText(h.action_membership_archive);
  await expect(admin.getByRole('region', { name: h.title })).toContainText(`${h.field_is_admin}: ${h.no} → ${h.yes}`);
  await expect(admin.getByRole('region', { name: h.title })).toContainText(h.action_person_register);
  await expect(admin.getByRole('region', { name: h.title })).toContainText(h.action_person_create);
  expect(await seriousAxeViolations(admin)).toEqual([]);

  // The right can be taken away while another admin remains (and the demo keeps one admin).
  await admin.getByRole('link', { name: a.tab_data }).click();
  await admin.getByRole('checkbox', { name: kk.Roles.admin }).uncheck();
  await admin.getByRole('button', { name: kk.Common.save }).click();
  await expect(admin.getByText(kk.Common.saved)).toBeVisible();
  expect((await user.goto('/kk/org/1/admin/people'))?.status()).toBe(403);
  await user.context().close();
  await admin.context().close();
});

test('a non-admin (staff) is refused every People administration address', async ({ browser }) => {
  const staff = await signedIn(browser, 'staff', 'en');
  for (const path of ['/en/org/1/admin/people', '/en/org/1/admin/people?tab=archive', '/en/org/1/admin/people/new', '/en/org/1/admin/people/1', '/en/org/1/admin/people/import']) {
    expect((await staff.goto(path))?.status(), path).toBe(403);
    await expect(staff.getByRole('heading', { name: en.Errors.forbidden_title })).toBeVisible();
  }
  expect((await staff.request.get('/api/org/1/people-import-template?format=csv')).status()).toBe(403);
  expect((await staff.request.post('/api/org/1/people-import', { multipart: { file: { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('x') } } })).status()).toBe(403);
  await staff.context().close();
});
