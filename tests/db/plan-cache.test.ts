import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase } from '@/db';
import { seedDemo } from '@/db/seed';
import { users } from '@/db/schema';
import { listInbox } from '@/lib/notifications/inbox';
import { publishNotification } from '@/lib/notifications/publish';
import { saveDraftAudience, saveDraftContent } from '@/lib/notifications/wizard-draft';
import { listLeaders } from '@/lib/organizations/leaders/queries';
import { listAdministrators } from '@/lib/organizations/queries';
import { parseCategory } from '@/lib/people/categories';
import { loadPeopleNetwork, searchPeople, searchPeopleCounted } from '@/lib/people/directory';
import { useTestDatabase } from './test-database';

/**
 * PostgreSQL keeps one plan for the statements the most visited signed-in pages run (issue 13).
 * A prepared statement is planned for its values five times; then PostgreSQL keeps one generic
 * plan if it costs no more than those. A value it cannot cost a generic plan for — an OFFSET, a
 * list of roles, the admin flag against a column of mostly `false` — made it plan the statement
 * again on every run: the inbox's list 0.65 ms of its CPU against 0.1 ms of execution, the Page
 * tab's leaders and administrators 0.3 ms each (pg_stat_statements on the benchmark's region).
 * Here, on a fresh demo region with the values of many people and organisations, each statement
 * must have gone over to its generic plan; the inbox's also has no OFFSET (on this fresh region
 * PostgreSQL chose its generic plan even with one, on the benchmark's it did not).
 *
 * One connection: pg_prepared_statements shows the statements of its own session only.
 */
const { url } = await useTestDatabase();
const db = createDatabase(url, { max: 1 });
afterAll(() => closeDatabase(db));

/** How the session's prepared statement whose text holds every fragment was planned, runs so far. */
async function plansOf(...fragments: string[]): Promise<{ statement: string; generic: number; custom: number }> {
  const rows = await db.execute<{ statement: string; generic: number; custom: number }>(
    sql`select statement, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements`,
  );
  const matching = rows.filter((r) => fragments.every((f) => r.statement.includes(f)));
  expect(matching, `one prepared statement with ${fragments.join(' … ')}`).toHaveLength(1);
  return matching[0]!;
}

const RUNS = 12;
let recipients: number[] = [];
let organizations: number[] = [];

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  // A notification to every teacher, pupil and parent of the region, as when the load comes.
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.login, 'admin'));
  const owner = { userId: admin!.id, orgId: 1 };
  const { draftId } = await saveDraftContent(db, { ...owner, draftId: null, content: { title: 'The school year begins', body: 'The text of the message.', readBy: null } });
  await saveDraftAudience(db, { ...owner, draftId, audience: ['inst.teachers', 'inst.students', 'inst.parents'] });
  await publishNotification(db, { ...owner, draftId });
  await db.execute(sql`analyze`);
  // Parents, teachers and pupils of different schools, and every kind of organisation.
  // The notification's recipients, the demo's own parent and teacher first.
  const people = await db.execute<{ id: number }>(sql`
    select r.person_id as id from notification_recipients r left join users u on u.person_id = r.person_id
    where r.notification_id = (select max(id) from notifications)
    order by u.login in ('parent', 'teacher') desc nulls last, r.person_id desc limit ${RUNS}`);
  recipients = people.map((p) => Number(p.id));
  const orgs = await db.execute<{ id: number }>(sql`select id from organizations order by kind, id limit ${RUNS}`);
  organizations = orgs.map((o) => Number(o.id));
}, 120_000);

describe('the statements of the inbox, the Page tab and the People search keep one plan', () => {
  it('has people and organisations enough to show it', () => {
    expect(recipients).toHaveLength(RUNS);
    expect(organizations).toHaveLength(RUNS);
  });

  it("the inbox's first page (no OFFSET)", async () => {
    for (const personId of recipients) await listInbox(db, { personId, page: 1 });
    const plans = await plansOf('from "notification_recipients"', 'count(*) over ()');
    // An `offset $n` makes PostgreSQL guess a tenth of the rows skipped in the generic plan's cost:
    // on the benchmark's region that kept it planning the statement on every run.
    expect(plans.statement).not.toMatch(/\boffset\b/i);
    expect(plans.custom).toBeLessThanOrEqual(5);
    expect(plans.generic).toBe(RUNS - plans.custom);
  });

  it("the leaders' block by role", async () => {
    for (const orgId of organizations) await listLeaders(db, orgId, false);
    const plans = await plansOf('order by case "memberships"."role"');
    expect(plans.custom).toBeLessThanOrEqual(5);
    expect(plans.generic).toBe(RUNS - plans.custom);
  });

  it('the administrators', async () => {
    for (const orgId of organizations) await listAdministrators(db, orgId);
    const plans = await plansOf('select distinct on', '"memberships"."is_admin"');
    expect(plans.custom).toBeLessThanOrEqual(5);
    expect(plans.generic).toBe(RUNS - plans.custom);
  });

  // A page's `limit $n` makes PostgreSQL guess a tenth of the rows in a generic plan's cost: the
  // People tab's list, read in name order, was planned again on every run (0.29 ms).
  it("the People tab's first page (its page size written in the statement)", async () => {
    const network = (await loadPeopleNetwork(db, 1))!;
    for (let run = 0; run < RUNS; run++) await searchPeople(db, { network, category: parseCategory('all'), page: 1 });
    const list = await plansOf('from "persons"', 'order by "persons"."surname" asc');
    expect(list.statement).toMatch(/ limit 20$/);
    expect(list.custom).toBeLessThanOrEqual(5);
    expect(list.generic).toBe(RUNS - list.custom);
  });

  // Two letters have no trigram: the search read every name with strpos, planned again on every
  // run (0.38 ms) and executed in 2.7 ms on the benchmark's region. The names' pairs of letters
  // make it an index read whose generic plan PostgreSQL keeps.
  it("the People tab's search for two letters", async () => {
    const network = (await loadPeopleNetwork(db, 1))!;
    const words = ['ах', 'ан', 'ер', 'ов', 'на', 'ли', 'ма', 'ра', 'ев', 'ин', 'та', 'ба'];
    expect(words).toHaveLength(RUNS);
    for (const q of words) await searchPeopleCounted(db, { network, category: parseCategory('all'), q, page: 1 });
    const search = await plansOf('from "persons"', 'name_bigrams(');
    expect(search.custom).toBeLessThanOrEqual(5);
    expect(search.generic).toBe(RUNS - search.custom);
  });
});
