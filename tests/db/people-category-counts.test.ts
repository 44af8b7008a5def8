import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed';
import { memberships, organizations, users } from '@/db/schema';
import { peopleCategoryCountsFor } from '@/lib/people/category-counts';
import { countPeopleCategories, loadPeopleNetwork } from '@/lib/people/directory';
import { archivePersonInOrg } from '@/lib/people/membership-changes';
import { restoreMembership } from '@/lib/people/membership-restore';
import { addPerson } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let actorUserId: number;
let school: number;

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo', journal: false });
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.login, 'admin'));
  actorUserId = admin!.id;
  school = (await loadPeopleNetwork(db, 1))!.institutionIds[0]!;
});

/** The kept counts, and the counts taken afresh over the memberships. */
async function keptAndFresh() {
  const network = (await loadPeopleNetwork(db, 1))!;
  return { kept: await peopleCategoryCountsFor(db, network), fresh: await countPeopleCategories(db, network) };
}

/** Marks the kept counts, to see whether the next read used them or counted again. */
async function poisonKeptCounts() {
  await db.execute(sql`update people_category_counts set counts = jsonb_set(counts, '{all}', '-1')`);
  expect((await keptAndFresh()).kept.all).toBe(-1);
}

describe('People category counts kept between visits', () => {
  it('are the counts over the memberships, and are kept', async () => {
    const { kept, fresh } = await keptAndFresh();
    expect(kept).toEqual(fresh);
    expect(fresh['inst.teachers']).toBeGreaterThan(0);
    await poisonKeptCounts();
  });

  it('are counted again after a person is added, archived and restored', async () => {
    const before = (await keptAndFresh()).fresh;
    await poisonKeptCounts();
    const { personId } = await addPerson(db, { surname: 'Новая', name: 'Учительница', orgId: school, role: 'teacher' });
    let now = await keptAndFresh();
    expect(now.kept).toEqual(now.fresh);
    expect(now.kept['inst.teachers']).toBe(before['inst.teachers']! + 1);
    expect(now.kept.all).toBe(before.all! + 1);

    await poisonKeptCounts();
    await archivePersonInOrg(db, { orgId: school, personId, actorUserId });
    now = await keptAndFresh();
    expect(now.kept).toEqual(before);

    await poisonKeptCounts();
    const [archived] = await db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.personId, personId), eq(memberships.organizationId, school)));
    await restoreMembership(db, { orgId: school, membershipId: archived!.id, actorUserId });
    now = await keptAndFresh();
    expect(now.kept).toEqual(now.fresh);
    expect(now.kept['inst.teachers']).toBe(before['inst.teachers']! + 1);
  });

  it('are counted again when the network changes (a school closed)', async () => {
    await poisonKeptCounts();
    await db.update(organizations).set({ closedAt: new Date() }).where(eq(organizations.id, school));
    const { kept, fresh } = await keptAndFresh();
    expect(kept).toEqual(fresh);
    expect(kept.all).toBeGreaterThan(0);
  });

  it('see a change committed while they were being counted (the stored snapshot does not see it)', async () => {
    await poisonKeptCounts();
    // A writer's transaction still open when the counts are taken: they cannot see it, and must be counted again once it commits.
    await db.transaction(async (tx) => {
      await tx.insert(memberships).values({ personId: (await addPerson(db, { surname: 'Ещё', name: 'Одна' })).personId, organizationId: school + 1, role: 'student' });
      await db.execute(sql`delete from people_category_counts`);
      const network = (await loadPeopleNetwork(db, 1))!;
      await peopleCategoryCountsFor(db, network);
    });
    const { kept, fresh } = await keptAndFresh();
    expect(kept).toEqual(fresh);
  });
});
