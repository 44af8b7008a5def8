import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships } from '@/db/schema';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { homeOrganizationOf, mayEditSharedData, mayHandOutCredentials } from '@/lib/people/home-organization';
import { archivePersonInOrg } from '@/lib/people/membership-changes';
import { restoreMembership } from '@/lib/people/membership-restore';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();

let first = { id: 0, shortName: '' };
let second = { id: 0, shortName: '' };
let adminOfFirst = 0;
let adminOfSecond = 0;

beforeAll(async () => {
  first = await addOrg(db, 'institution', 'First school');
  second = await addOrg(db, 'institution', 'Second school');
  for (const [org, login] of [[first, 'home-admin-1'], [second, 'home-admin-2']] as const) {
    const p = await addPerson(db, { surname: 'Әкімші', name: 'Бар', login });
    await addMembership(db, { personId: p.personId, orgId: org.id, isAdmin: true });
    if (org === first) adminOfFirst = p.userId!;
    else adminOfSecond = p.userId!;
  }
});

describe('homeOrganizationOf', () => {
  it('is the organisation of the oldest still-active membership, and none without one', async () => {
    const p = await addPerson(db, { surname: 'Оспанова', name: 'Мәди' });
    expect(await homeOrganizationOf(db, p.personId)).toBeNull();
    await addMembership(db, { personId: p.personId, orgId: second.id, archived: true });
    expect(await homeOrganizationOf(db, p.personId)).toBeNull();
    await addMembership(db, { personId: p.personId, orgId: first.id, role: 'teacher' });
    await addMembership(db, { personId: p.personId, orgId: second.id, role: 'teacher' });
    expect(await homeOrganizationOf(db, p.personId)).toMatchObject({ id: first.id, shortName: 'First school', auth: { id: first.id } });
  });

  it('passes on when that membership is archived, and a restore does not take it back', async () => {
    const p = await addPerson(db, { surname: 'Жақсылықова', name: 'Айша' });
    const inFirst = await addMembership(db, { personId: p.personId, orgId: first.id, role: 'teacher' });
    await addMembership(db, { personId: p.personId, orgId: second.id, role: 'teacher' });
    await archivePersonInOrg(db, { orgId: first.id, personId: p.personId, actorUserId: adminOfFirst });
    expect((await homeOrganizationOf(db, p.personId))?.id).toBe(second.id);
    await restoreMembership(db, { orgId: first.id, membershipId: inFirst.id, actorUserId: adminOfFirst });
    const [restored] = await db.select().from(memberships).where(eq(memberships.id, inFirst.id));
    expect(restored!.archivedAt).toBeNull();
    expect((await homeOrganizationOf(db, p.personId))?.id).toBe(second.id);
  });

  it("gives credentials and shared data to the home organisation's admins, and the shared data to the person", async () => {
    const p = await addPerson(db, { surname: 'Қасымов', name: 'Ерлан', login: 'erlan' });
    await addMembership(db, { personId: p.personId, orgId: first.id, role: 'teacher' });
    await addMembership(db, { personId: p.personId, orgId: second.id, role: 'teacher' });
    const home = await homeOrganizationOf(db, p.personId);
    const [admin1, admin2, self] = await Promise.all([adminOfFirst, adminOfSecond, p.userId!].map(async (id) => (await loadCurrentUser(db, id))!));
    expect(mayHandOutCredentials(admin1!, home)).toBe(true);
    expect(mayHandOutCredentials(admin2!, home)).toBe(false);
    expect(mayHandOutCredentials(self!, home)).toBe(false);
    expect(mayHandOutCredentials(admin1!, null)).toBe(false);
    expect(mayEditSharedData(admin1!, p.personId, home)).toBe(true);
    expect(mayEditSharedData(admin2!, p.personId, home)).toBe(false);
    expect(mayEditSharedData(self!, p.personId, home)).toBe(true);
  });
});
