import postgres from 'postgres';
import { MESSAGES, signedIn } from './admin-people-pages';
import { E2E_DATABASE_URL, expect, seriousAxeViolations, test } from './fixtures';
import { FILTER_LIST_MAX } from '../../lib/reports/filter-options';

/**
 * The territory filter of a region too large to send every institution with each report page
 * (lib/reports/filter-options.ts): the page lists none until a district or type is chosen, then the
 * browser asks for that district's institutions. The demo region has 24; this spec gives it enough
 * more schools (written straight into the database, removed afterwards) to pass the limit.
 * In the tree-changes project: it changes the region while it runs.
 */
test.describe.configure({ mode: 'serial' });

const kk = MESSAGES.kk;
const t = kk.Reports;
const sql = postgres(E2E_DATABASE_URL, { max: 2, onnotice: () => {} });
const PREFIX = 'Үлкен аймақ мектебі';
const ACTIVITY = '/kk/org/1/reports/activity';

test.beforeAll(async () => {
  const [subordinate] = await sql<Array<{ count: number }>>`select count(*)::int as count from organizations where kind = 'institution' and parent_id = 1`;
  // Schools like the demo's own first one (its district and type), so they are subordinate.
  const [model] = await sql<Array<{ territory_id: number; institution_type_id: number }>>`
    select territory_id, institution_type_id from organizations where kind = 'institution' and parent_id = 1 and territory_id is not null order by id limit 1`;
  const extra = Math.max(0, FILTER_LIST_MAX + 5 - subordinate!.count);
  for (let i = 0; i < extra; i++) {
    await sql`insert into organizations (kind, parent_id, full_name, short_name, territory_id, institution_type_id)
      values ('institution', 1, ${`${PREFIX} №${i + 1}`}, ${`${PREFIX} №${i + 1}`}, ${model!.territory_id}, ${model!.institution_type_id})`;
  }
});

test.afterAll(async () => {
  await sql`delete from organizations where short_name like ${`${PREFIX}%`}`;
  await sql.end();
});

test('kk: a large region’s report lists an institution after a district is chosen, asked from the server', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin');
  await admin.goto(ACTIVITY);
  const school = admin.locator('#filter-school');
  // Nothing to choose yet but "all", and the hint says why.
  await expect(school.locator('option')).toHaveCount(1);
  await expect(admin.locator('#filter-school-hint')).toHaveText(t.institutions_choose_first);
  expect(await seriousAxeViolations(admin)).toEqual([]);

  const [district] = await sql<Array<{ id: number; count: number }>>`
    select o.territory_id as id, count(*)::int as count from organizations o where o.short_name like ${`${PREFIX}%`} group by 1`;
  const [inDistrict] = await sql<Array<{ count: number }>>`
    select count(*)::int as count from organizations where kind = 'institution' and parent_id = 1 and territory_id = ${district!.id} and closed_at is null`;
  const asked = admin.waitForResponse((r) => r.url().includes('/report-institutions') && r.status() === 200);
  await admin.locator('#filter-district').selectOption(String(district!.id));
  await asked;
  await expect(school.locator('option')).toHaveCount(inDistrict!.count + 1);
  await expect(admin.locator('#filter-school-hint')).toHaveCount(0);
  await school.selectOption({ label: `${PREFIX} №3` });

  // Submitted, the page answers for the district and lists its institutions itself.
  await admin.getByRole('button', { name: t.select }).click();
  await expect(admin).toHaveURL(/district=\d+.*school=\d+/);
  await expect(school.locator('option')).toHaveCount(inDistrict!.count + 1);
  await expect(school).toHaveValue(/\d+/);

  // Back to every district: the choice stays listed, nothing else until another choice.
  await admin.locator('#filter-district').selectOption('');
  await expect(school.locator('option')).toHaveCount(2);
  await expect(admin.locator('#filter-school-hint')).toHaveText(t.institutions_choose_first);
  await admin.context().close();
});
