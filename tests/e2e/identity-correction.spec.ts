import postgres from 'postgres';
import type { Sex } from '../../lib/people/iin';
import { randomIin, signedIn } from './admin-people-pages';
import { E2E_DATABASE_URL, expect, seriousAxeViolations, test } from './fixtures';
import en from '../../messages/en.json' with { type: 'json' };

/**
 * Issue 15 §4 (F-3.3): a mistyped IIN or sex is corrected by an admin of any organisation of the
 * person — here organisation 1, which is not the person's home — re-validated and in the history.
 */

const a = en.AdminPeople;
const w = en.PersonWizard;

/**
 * A seeded teacher of a school, never in organisation 1; taken from the end of the list (the
 * wizard's spec takes them from the start) and `skip` apart, so parallel tests never share one.
 */
async function outsider(skip: number) {
  const sql = postgres(E2E_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ id: number; iin: string; birth_date: string; sex: Sex; home: string }[]>`
      select p.id, p.iin, p.birth_date::text, p.sex, o.short_name as home
      from persons p
      join lateral (select organization_id from memberships m where m.person_id = p.id and m.archived_at is null
                    order by m.active_since, m.id limit 1) h on true
      join organizations o on o.id = h.organization_id
      where o.id <> 1
        and not exists (select 1 from memberships m where m.person_id = p.id and m.organization_id = 1)
        and exists (select 1 from memberships m where m.person_id = p.id and m.archived_at is null and m.role = 'teacher')
      order by p.id desc offset ${skip} limit 1`;
    if (!row) throw new Error('the demo region has no teacher outside organisation 1');
    return { id: row.id, iin: row.iin, birthDate: row.birth_date, sex: row.sex, homeName: row.home };
  } finally {
    await sql.end();
  }
}

test('an admin of a second organisation of the person corrects the IIN and sex; wrong ones are refused beside the fields', async ({ browser }) => {
  const person = await outsider(0);
  const personId = person.id;
  const sql = postgres(E2E_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    // Organisation 1 becomes a second organisation of the person (the school stays the home).
    await sql`insert into memberships (person_id, organization_id, role) values (${personId}, 1, 'employee')`;
  } finally {
    await sql.end();
  }
  const otherSex = person.sex === 'male' ? 'female' : 'male';
  const corrected = randomIin(person.birthDate, otherSex);

  const page = await signedIn(browser, 'admin', 'en');
  await page.goto(`/en/org/1/admin/people/${personId}?tab=data`);
  await expect(page.getByTestId('shared-data-readonly')).toContainText(person.homeName);
  const form = page.getByRole('form', { name: a.identity_heading });
  await expect(form.getByLabel(w.iin)).toHaveValue(person.iin);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // A wrong check digit, then a sex the IIN contradicts: the reason beside the field, nothing saved.
  const wrongDigit = `${corrected.slice(0, 11)}${(Number(corrected[11]) + 1) % 10}`;
  await form.getByLabel(w.iin).fill(wrongDigit);
  await form.getByRole('button', { name: a.identity_save }).click();
  await expect(form.getByText(w.iin_check_digit)).toBeVisible();
  await expect(form.getByLabel(w.iin)).toHaveValue(wrongDigit);
  await form.getByLabel(w.iin).fill(corrected);
  await form.getByRole('button', { name: a.identity_save }).click();
  await expect(form.getByText(w.sex_disagrees_iin)).toBeVisible();

  await form.getByRole('radio', { name: otherSex === 'male' ? w.male : w.female, exact: true }).check();
  await form.getByRole('button', { name: a.identity_save }).click();
  await expect(form.getByText(a.identity_saved)).toBeVisible();
  await expect(form.getByLabel(w.iin)).toHaveValue(corrected);

  // The person's history here shows the correction, from the old IIN to the new one.
  await page.getByRole('link', { name: a.tab_view }).click();
  const row = page.getByTestId('history-row').filter({ hasText: en.PersonHistory.action_person_identity });
  await expect(row).toContainText(`${person.iin} → ${corrected}`);

  const check = postgres(E2E_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [stored] = await check<{ iin: string; sex: string }[]>`select iin, sex from persons where id = ${personId}`;
    expect(stored).toEqual({ iin: corrected, sex: otherSex });
    const events = await check<{ organization_id: number }[]>`select organization_id from audit_events where action = 'person.identity' and entity_id = ${String(personId)}`;
    expect(events.length).toBeGreaterThanOrEqual(2);
  } finally {
    await check.end();
  }
  await page.context().close();
});

test('an admin of an organisation the person does not belong to does not reach the form', async ({ browser }) => {
  // The first test makes the last teacher a member of organisation 1; this one takes another.
  const { id: personId } = await outsider(1);
  const page = await signedIn(browser, 'admin', 'en');
  const response = await page.goto(`/en/org/1/admin/people/${personId}?tab=data`);
  expect(response?.status()).toBe(404);
  await page.context().close();
});
