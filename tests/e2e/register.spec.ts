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
const rp = kk.InstitutionRegisterPage;
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
  await admin.getByRole('link', { name: rp.add }).click();
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
  await expect(admin.getByRole('status').filter({ hasText: school })).toHaveText(rp.created_named.replace('{name}', school), { timeout: 30_000 });
  const [created] = await sql<Array<{ id: number; bin: string }>>`select id, bin from organizations where short_name = ${school}`;
  expect(created!.bin).toBe(bin);

  // A branch: what it can be a branch of is asked for when "branch" is chosen, not sent with the page.
  await admin.goto(`${REGISTER}/${created!.id}`);
  // A new school has no staff yet: its head says so, with nothing to change.
  await expect(admin.getByTestId('headPersonId-value')).toHaveText(r.head_nobody);
  await expect(admin.getByTestId('headPersonId-choice').getByRole('button', { name: kk.Common.edit })).toHaveCount(0);
  await expect(admin.getByLabel(r.field_branch_of_id, { exact: true })).toHaveCount(0);
  const listed = admin.waitForResponse((response) => response.url().includes(`/register-mains?except=${created!.id}`) && response.status() === 200);
  await admin.getByLabel(r.field_organizational_structure, { exact: true }).selectOption('branch');
  await listed;
  const branchOf = admin.getByLabel(r.field_branch_of_id, { exact: true });
  const [main] = await sql<Array<{ id: number; name: string }>>`select id, short_name as name from organizations where parent_id = 1 and kind = 'institution' and closed_at is null and id <> ${created!.id} order by id limit 1`;
  await branchOf.selectOption(String(main!.id));
  await admin.getByRole('button', { name: kk.Common.save, exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: kk.Common.saved })).toBeVisible();
  expect(await sql`select 1 from organizations where id = ${created!.id} and organizational_structure = 'branch' and branch_of_id = ${main!.id}`).toHaveLength(1);
  // A branch's page sends the list with it, its choice shown.
  await admin.reload();
  await expect(admin.getByLabel(r.field_branch_of_id, { exact: true })).toHaveValue(String(main!.id));

  // The report is paged (10 rows); its print view holds the whole register.
  await admin.goto('/kk/org/1/reports/print/register');
  await expect(admin.getByTestId('print-table').getByRole('row').filter({ hasText: school })).toContainText(bin);

  await admin.goto(`${REGISTER}/${created!.id}`);
  await admin.getByRole('button', { name: r.close }).click();
  const dialog = admin.getByRole('dialog');
  await expect(dialog).toContainText(r.close_text);
  await dialog.getByRole('button', { name: r.yes_close }).click();
  await expect(admin.getByTestId('closed-notice')).toBeVisible();
  await expect(admin.getByRole('status').filter({ hasText: school })).toHaveText(r.closed_done.replace('{name}', school));
  await admin.goto('/kk/org/1/reports/print/register');
  await expect(admin.getByTestId('print-table')).toBeVisible();
  await expect(admin.getByTestId('print-table').getByRole('row').filter({ hasText: school })).toHaveCount(0);

  // Its data and history stay readable under "Closed".
  await admin.goto(`${REGISTER}?status=closed`);
  await admin.getByRole('link', { name: school }).click();
  await expect(admin.getByRole('cell', { name: rp.action_close, exact: true })).toBeVisible();
  await admin.context().close();
});

test('kk: the admin chooses a school’s head by typing part of a name, with the keyboard; the staff are asked for, not sent with the page; the director again by a click', async ({ browser }) => {
  // A demo school with teachers; its head is put back at the end.
  const [entry] = await sql<Array<{ id: number; head: number | null }>>`
    select o.id, o.head_person_id as head from organizations o
    where o.parent_id = 1 and o.kind = 'institution' and o.closed_at is null
      and (select count(*) from memberships m where m.organization_id = o.id and m.role = 'teacher' and m.archived_at is null) >= 2
    order by o.id limit 1`;
  const [teacher] = await sql<Array<{ id: number; surname: string; name: string; patronymic: string | null }>>`
    select p.id, p.surname, p.name, p.patronymic from memberships m join persons p on p.id = m.person_id
    where m.organization_id = ${entry!.id} and m.role = 'teacher' and m.archived_at is null and p.id is distinct from ${entry!.head}
    order by p.id limit 1`;
  const name = [teacher!.surname, teacher!.name, teacher!.patronymic].filter(Boolean).join(' ');
  try {
    await sql`update organizations set head_person_id = null where id = ${entry!.id}`;
    const admin = await signedIn(browser, 'admin');
    await admin.goto(`${REGISTER}/${entry!.id}`);
    const choice = admin.getByTestId('headPersonId-choice');
    await expect(admin.getByTestId('headPersonId-value')).toHaveText(r.head_director);
    // Nobody's name is on the page until asked for.
    expect(await admin.content()).not.toContain(name);

    await choice.getByRole('button', { name: kk.Common.edit }).focus();
    await admin.keyboard.press('Enter');
    const field = admin.getByRole('combobox', { name: r.field_head_person_id });
    await expect(field).toBeFocused();
    // Scoped to the list: the page's selects have options too.
    const list = admin.getByRole('listbox', { name: r.field_head_person_id });
    await expect(list.getByRole('option', { name: r.head_director })).toBeVisible();
    const asked = admin.waitForResponse((response) => response.url().includes(`/register-heads?institution=${entry!.id}&q=`) && decodeURIComponent(response.url()).includes(teacher!.surname.slice(0, 4)) && response.status() === 200);
    await admin.keyboard.type(`${teacher!.surname.slice(0, 4)} ${teacher!.name}`);
    await asked;
    const found = list.getByRole('option', { name, exact: true });
    await expect(found).toBeVisible();
    await expect(choice.getByRole('status')).not.toHaveText(r.head_searching);
    expect(await seriousAxeViolations(admin)).toEqual([]);
    // ↓ to the director, ↓ to the first found: the field names the active option; Enter chooses it.
    await admin.keyboard.press('ArrowDown');
    await admin.keyboard.press('ArrowDown');
    const activeId = await list.getByRole('option').nth(1).getAttribute('id');
    expect(activeId).toBeTruthy();
    await expect(field).toHaveAttribute('aria-activedescendant', activeId!);
    await expect(list.getByRole('option').nth(1)).toHaveText(name);
    await admin.keyboard.press('Enter');
    await expect(admin.getByTestId('headPersonId-value')).toHaveText(name);
    await expect(choice.getByRole('button', { name: kk.Common.edit })).toBeFocused();
    await admin.getByRole('button', { name: kk.Common.save, exact: true }).click();
    await expect(admin.getByRole('status').filter({ hasText: kk.Common.saved })).toBeVisible();
    expect(await sql`select 1 from organizations where id = ${entry!.id} and head_person_id = ${teacher!.id}`).toHaveLength(1);
    await admin.reload();
    await expect(admin.getByTestId('headPersonId-value')).toHaveText(name);

    // Escape leaves the search unchanged; then the director again, by a click.
    await choice.getByRole('button', { name: kk.Common.edit }).click();
    await expect(field).toBeFocused();
    await admin.keyboard.press('Escape');
    await admin.keyboard.press('Escape');
    await expect(admin.getByTestId('headPersonId-value')).toHaveText(name);
    await choice.getByRole('button', { name: kk.Common.edit }).click();
    await list.getByRole('option', { name: r.head_director }).click();
    await expect(admin.getByTestId('headPersonId-value')).toHaveText(r.head_director);
    await admin.getByRole('button', { name: kk.Common.save, exact: true }).click();
    await expect(admin.getByRole('status').filter({ hasText: kk.Common.saved })).toBeVisible();
    expect(await sql`select 1 from organizations where id = ${entry!.id} and head_person_id is null`).toHaveLength(1);
    await admin.context().close();
  } finally {
    await sql`update organizations set head_person_id = ${entry!.head} where id = ${entry!.id}`;
  }
});

test('kk: the admin adds a lower authority: no type or languages asked, listed as a subordinate organisation, not in the institutions’ report (F-7.2)', async ({ browser }) => {
  const department = `Тізілім бөлімі ${suffix}`;
  const admin = await signedIn(browser, 'admin');
  await admin.goto(`${REGISTER}/new`);
  await admin.getByLabel(r.field_kind, { exact: true }).selectOption({ label: r.kind_authority });
  await expect(admin.getByLabel(r.field_institution_type_id, { exact: true })).toHaveCount(0);
  await expect(admin.getByRole('checkbox', { name: r.language_kk, exact: true })).toHaveCount(0);
  expect(await seriousAxeViolations(admin)).toEqual([]);
  await admin.getByLabel(r.field_full_name, { exact: true }).fill(`${department} мемлекеттік мекемесі`);
  await admin.getByLabel(r.field_short_name, { exact: true }).fill(department);
  await admin.getByRole('button', { name: r.create }).click();
  await expect(admin.getByRole('status').filter({ hasText: department })).toHaveText(rp.created_named.replace('{name}', department), { timeout: 30_000 });
  const [created] = await sql<Array<{ kind: string; parent_id: number }>>`select kind, parent_id from organizations where short_name = ${department}`;
  expect(created).toEqual({ kind: 'authority', parent_id: 1 });

  await admin.goto(`${REGISTER}?q=${encodeURIComponent(department)}`);
  await expect(admin.getByTestId('register-list').getByRole('row').filter({ hasText: department })).toContainText(r.kind_authority);
  // F-7.2 is the register of institutions (its total counts institutions): the department is not in it.
  await admin.goto('/kk/org/1/reports/print/register?form=types');
  await expect(admin.getByTestId('print-table')).toBeVisible();
  await expect(admin.getByTestId('print-table').getByRole('row').filter({ hasText: department })).toHaveCount(0);
  await admin.context().close();
});

test('kk: the admin imports the register from a file — preview with each problem beside its field, Confirm writes, the report lists the school; its own export reads back unchanged', async ({ browser }) => {
  const i = kk.RegisterImport;
  const p = kk.PersonImport;
  const ri = kk.ReportInstitutions;
  const admin = await signedIn(browser, 'admin');
  await admin.goto(REGISTER);
  await admin.getByRole('link', { name: i.import_link }).click();
  await expect(admin).toHaveURL(new RegExp(`${REGISTER}/import$`));
  expect(await seriousAxeViolations(admin)).toEqual([]);

  const [type] = await sql<Array<{ name: string }>>`select name_kk as name from institution_types where code = 'general_secondary_school'`;
  const imported = `Импорт мектебі ${suffix}`;
  const bin = randomIin('2003-07-08', 'female');
  const badBin = `${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`;
  const header = [ri.col_name, ri.col_bin, ri.col_type, ri.col_structure, ri.col_contacts, ri.col_licence, ri.col_languages].join(';');
  const file = [header, `${imported};${bin};${type!.name};${ri.structure_independent};"+7 727 300 00 01; import@school.kz";№ KZ-IMP-1, 2022-08-30, Комитет;${ri.language_kk}`, `Қате мектеп ${suffix};${badBin};${type!.name};${ri.structure_independent};;;${ri.language_kk}`].join('\n');
  const upload = async (name: string, buffer: Buffer) => {
    await admin.getByLabel(p.file).setInputFiles({ name, mimeType: 'text/csv', buffer });
    await admin.getByRole('button', { name: p.upload }).click();
  };
  await upload('register.csv', Buffer.from(file));
  await expect(admin.getByTestId('import-summary')).toContainText('2', { timeout: 30_000 });
  const rows = admin.getByTestId('import-row');
  await expect(rows.filter({ hasText: imported })).toContainText(i.outcome_create);
  await expect(rows.filter({ hasText: badBin })).toContainText(`${kk.InstitutionRegister.field_bin}: ${kk.InstitutionRegister.bin_invalid}`);
  expect(await sql`select 1 from organizations where bin = ${bin}`).toHaveLength(0);
  expect(await seriousAxeViolations(admin)).toEqual([]);

  await admin.getByRole('button', { name: i.confirm.replace('{count}', '1') }).click();
  await expect(admin.getByTestId('import-result')).toHaveText(i.committed.replace('{created}', '1').replace('{updated}', '0').replace('{unchanged}', '0').replace('{failed}', '1'), { timeout: 30_000 });
  const [school] = await sql<Array<{ id: number; short_name: string; licence_number: string; email: string }>>`select id, short_name, licence_number, email from organizations where bin = ${bin}`;
  expect(school).toMatchObject({ short_name: imported, licence_number: 'KZ-IMP-1', email: 'import@school.kz' });
  // Its change history shows the import's write.
  await admin.goto(`${REGISTER}/${school!.id}`);
  await expect(admin.getByRole('cell', { name: rp.action_create, exact: true })).toBeVisible();
  await admin.goto('/kk/org/1/reports/print/register');
  await expect(admin.getByTestId('print-table').getByRole('row').filter({ hasText: imported })).toContainText(bin);

  // The register report's own export, loaded back: the imported school is unchanged.
  const exported = await admin.request.get('/api/export/register?org=1&format=csv-excel&locale=kk');
  expect(exported.status()).toBe(200);
  await admin.goto(`${REGISTER}/import`);
  await upload('register-export.csv', await exported.body());
  await expect(rows.filter({ hasText: imported })).toContainText(i.outcome_unchanged, { timeout: 30_000 });
  await admin.context().close();
});
