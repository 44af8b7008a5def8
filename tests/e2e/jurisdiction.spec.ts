import postgres from 'postgres';
import { E2E_DATABASE_URL, expect, seriousAxeViolations, signedInPage, test } from './fixtures';

/**
 * Settings → Lower authorities' jurisdiction (issue 11, item 2): the top authority's admin gives
 * the Talgar district department another district, confirms, and the department's Structure tab
 * follows; then puts it back. Staff cannot open the page; Localization says reach is set above.
 */
test.describe.configure({ mode: 'serial' });

const ORG = 1;
const PAGE = `/kk/org/${ORG}/admin/settings/jurisdiction`;
const sql = postgres(E2E_DATABASE_URL, { max: 2, onnotice: () => {} });
let department = 0;
let talgar = 0;
let konaev = 0;

test.beforeAll(async () => {
  const id = async (query: Promise<Array<{ id: number }>>) => (await query)[0]!.id;
  talgar = await id(sql`select id from territories where kato_code = '196200000'`);
  konaev = await id(sql`select id from territories where kato_code = '191610000'`);
  department = await id(sql`select id from organizations where kind = 'authority' and territory_id = ${talgar}`);
});

// Other spec files share this server: the department goes back to the seed's district and types.
test.afterAll(async () => {
  await sql`update organizations set jurisdiction_territory_id = ${talgar} where id = ${department}`;
  await sql`delete from subordinate_types where authority_id = ${department}`;
  await sql.end();
});

test('the admin above sets a district department’s jurisdiction after a confirmation, and its Structure tab follows', async ({ browser }) => {
  const admin = await signedInPage(browser, 'admin');
  await admin.goto(`/kk/org/${ORG}/admin`);
  await admin.getByRole('link', { name: 'Төменгі органдардың аумағы' }).click();
  await expect(admin).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(admin.getByTestId('own-jurisdiction')).toHaveText('Осы органның аумағы: Алматы облысы.');
  expect(await seriousAxeViolations(admin)).toEqual([]);

  const form = admin.getByTestId(`jurisdiction-${department}`);
  const territory = form.getByRole('combobox');
  await expect(territory).toHaveValue(String(talgar));
  await territory.selectOption({ label: '\u00a0\u00a0Қонаев қаласы' });
  await form.getByRole('button', { name: /сақтау/ }).click();
  const dialog = admin.getByRole('dialog');
  await expect(dialog).toContainText('Қонаев қаласы аумағындағы ББМ-ді қамтиды');
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: 'Бас тарту' }).click();
  await expect(dialog).toBeHidden();
  expect((await sql`select jurisdiction_territory_id as j from organizations where id = ${department}`)[0]!.j).toBe(talgar);

  await form.getByRole('button', { name: /сақтау/ }).click();
  await dialog.getByRole('button', { name: 'Иә, өзгерту' }).click();
  await expect(form.getByRole('status')).toContainText('Қонаев қаласы');
  await expect(dialog).toBeHidden();
  expect((await sql`select jurisdiction_territory_id as j from organizations where id = ${department}`)[0]!.j).toBe(konaev);

  // With every type ticked, the department now counts Konaev's twelve institutions.
  await sql`insert into subordinate_types (authority_id, institution_type_id) select ${department}, id from institution_types`;
  await admin.goto(`/kk/org/${department}/structure`);
  const [school] = await sql<{ name: string }[]>`select full_name as name from organizations where kind = 'institution' and territory_id = ${konaev} order by full_name limit 1`;
  await expect(admin.getByText(school!.name, { exact: true })).toBeVisible();

  await admin.goto(PAGE);
  await territory.selectOption({ label: '\u00a0\u00a0Талғар ауданы' });
  await form.getByRole('button', { name: /сақтау/ }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Иә, өзгерту' }).click();
  await expect(form.getByRole('status')).toContainText('Талғар ауданы');
  expect((await sql`select jurisdiction_territory_id as j from organizations where id = ${department}`)[0]!.j).toBe(talgar);
});

test('staff cannot open the page; Localization says that reach is set by the authority above', async ({ browser }) => {
  const staff = await signedInPage(browser, 'staff');
  expect((await staff.goto(PAGE))?.status()).toBe(403);
  const admin = await signedInPage(browser, 'admin');
  await admin.goto(`/kk/org/${ORG}/admin/settings/localization`);
  await expect(admin.getByTestId('reach-note')).toHaveText('Ұйымның бағынышты ББМ-і қай аумақтан алынатынын осы бет емес, жоғары тұрған орган белгілейді.');
});
