import postgres from 'postgres';
import { MESSAGES, randomIin, runSuffix, signedIn } from './admin-people-pages';
import { E2E_DATABASE_URL, expect, seriousAxeViolations, test } from './fixtures';

/**
 * Settings → Register of institutions end to end (issue 12 §1, Kazakh UI): the authority's admin
 * adds a school — a wrong BIN is refused beside its field, nothing written — then the register
 * report lists it; closing it (after a confirmation) takes it out of the report again.
 */
test.describe.configure({ mode: 'serial' });

const kk = MESSAGES.kk;
const r = kk.InstitutionRegister;
const sql = postgres(E2E_DATABASE_URL, { max: 2, onnotice: () => {} });
const suffix = runSuffix();
const school = `Тізілім мектебі ${suffix}`;
const REGISTER = '/kk/org/1/admin/settings/register';

test.afterAll(async () => {
  await sql.end();
});

test('kk: the admin adds a school to the register, the report lists it; closed, it leaves the report', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin');
  await admin.goto('/kk/org/1/admin');
  await admin.getByRole('link', { name: kk.Settings.nav.register }).click();
  await expect(admin).toHaveURL(new RegExp(`${REGISTER}$`));
  expect(await seriousAxeViolations(admin)).toEqual([]);
  await admin.getByRole('link', { name: r.add }).click();
  await expect(admin).toHaveURL(new RegExp(`${REGISTER}/new$`));

  const [type] = await sql<Array<{ name: string }>>`select name_kk as name from institution_types where code = 'general_secondary_school'`;
  const bin = randomIin('2004-02-11', 'male');
  await admin.getByLabel(r.field_full_name, { exact: true }).fill(`${school} коммуналдық мемлекеттік мекемесі`);
  await admin.getByLabel(r.field_short_name, { exact: true }).fill(school);
  await admin.getByLabel(r.field_institution_type_id, { exact: true }).selectOption({ label: type!.name });
  await admin.getByRole('checkbox', { name: r.language_kk, exact: true }).check();
  await admin.getByLabel(r.field_licence_number, { exact: true }).fill('KZ-E2E-1');
  // A BIN with a wrong check digit: refused beside the field, nothing written.
  await admin.getByLabel(r.field_bin, { exact: true }).fill(`${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`);
  await admin.getByRole('button', { name: r.create }).click();
  await expect(admin.locator('#field-bin-error')).toHaveText(r.bin_invalid);
  expect(await sql`select 1 from organizations where short_name = ${school}`).toHaveLength(0);
  expect(await seriousAxeViolations(admin)).toEqual([]);

  await admin.getByLabel(r.field_bin, { exact: true }).fill(bin);
  await admin.getByRole('button', { name: r.create }).click();
  await expect(admin.getByRole('status').filter({ hasText: school })).toHaveText(r.created_named.replace('{name}', school), { timeout: 30_000 });
  const [created] = await sql<Array<{ id: number; bin: string }>>`select id, bin from organizations where short_name = ${school}`;
  expect(created!.bin).toBe(bin);

  await admin.goto('/kk/org/1/reports/institutions');
  await expect(admin.getByTestId('register-table').getByRole('row').filter({ hasText: school })).toContainText(bin);

  await admin.goto(`${REGISTER}/${created!.id}`);
  await admin.getByRole('button', { name: r.close }).click();
  const dialog = admin.getByRole('dialog');
  await expect(dialog).toContainText(r.close_text);
  await dialog.getByRole('button', { name: r.yes_close }).click();
  await expect(admin.getByTestId('closed-notice')).toBeVisible();
  await expect(admin.getByRole('status').filter({ hasText: school })).toHaveText(r.closed_done.replace('{name}', school));
  await admin.goto('/kk/org/1/reports/institutions');
  await expect(admin.getByTestId('register-table')).toBeVisible();
  await expect(admin.getByTestId('register-table').getByRole('row').filter({ hasText: school })).toHaveCount(0);

  // Its data and history stay readable under "Closed".
  await admin.goto(`${REGISTER}?status=closed`);
  await admin.getByRole('link', { name: school }).click();
  await expect(admin.getByRole('cell', { name: r.action_close, exact: true })).toBeVisible();
  await admin.context().close();
});
