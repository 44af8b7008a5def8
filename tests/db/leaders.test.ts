import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, memberships } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { leaderCommands } from '@/lib/organizations/leaders/commands';
import { listLeaders } from '@/lib/organizations/leaders/queries';
import { addOrganization, addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();

let orgId = 0;
let otherOrgId = 0;
let admin: CurrentUser;
let staff: CurrentUser;
let otherAdmin: CurrentUser;
const people = { chief: 0, deputy: 0, employee: 0, stranger: 0, student: 0 };

const names = async () => (await listLeaders(db, orgId)).map((l) => `${l.surname}: ${l.position || l.role}`);

beforeAll(async () => {
  orgId = await addOrganization(db, { name: 'Leaders authority' });
  otherOrgId = await addOrganization(db, { name: 'Other authority' });
  const a = await addPerson(db, { surname: 'Админова', name: 'Айгүл', orgId, rights: { isAdmin: true } });
  admin = await currentUser(db, a.userId);
  staff = await currentUser(db, (await addPerson(db, { surname: 'Қызметкерова', name: 'Сәуле', orgId })).userId);
  otherAdmin = await currentUser(db, (await addPerson(db, { surname: 'Бөтенова', name: 'Дана', orgId: otherOrgId, rights: { isAdmin: true } })).userId);
  people.chief = (await addPerson(db, { surname: 'Бастықова', name: 'Алия', orgId, role: 'leader' })).personId;
  people.deputy = (await addPerson(db, { surname: 'Орынбасарова', name: 'Гүл', orgId, role: 'deputy' })).personId;
  people.employee = (await addPerson(db, { surname: 'Маманова', name: 'Әсел', orgId, role: 'employee' })).personId;
  people.stranger = (await addPerson(db, { surname: 'Сыртқы', name: 'Ер', orgId: otherOrgId, role: 'employee' })).personId;
  people.student = (await addPerson(db, { surname: 'Оқушыұлы', name: 'Ержан', orgId, role: 'student' })).personId;
  await db.update(memberships).set({ position: 'Басқарма басшысы' }).where(eq(memberships.personId, people.chief));
});

describe('the leaders block', () => {
  it('lists the leader roles until an admin edits it', async () => {
    expect(await names()).toEqual(['Бастықова: Басқарма басшысы', 'Орынбасарова: deputy']);
  });

  it('refuses a person who is not staff of the organisation, a missing title and a missing person, beside the fields, writing nothing', async () => {
    const stranger = await runCommand(db, leaderCommands.add, admin, { orgId: String(orgId), personId: String(people.stranger), title: 'Кеңесші' });
    expect(stranger).toMatchObject({ ok: false, fieldErrors: { personId: ['Leaders.not_staff'] } });
    const student = await runCommand(db, leaderCommands.add, admin, { orgId: String(orgId), personId: String(people.student), title: 'Кеңесші' });
    expect(student).toMatchObject({ ok: false, fieldErrors: { personId: ['Leaders.not_staff'] } });
    const empty = await runCommand(db, leaderCommands.add, admin, { orgId: String(orgId), personId: '', title: '  ' });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { personId: ['Leaders.person_required'], title: ['required'] } });
    const long = await runCommand(db, leaderCommands.add, admin, { orgId: String(orgId), personId: String(people.employee), title: 'x'.repeat(201) });
    expect(long).toMatchObject({ ok: false, fieldErrors: { title: ['too_long'] } });
    const listed = await runCommand(db, leaderCommands.add, admin, { orgId: String(orgId), personId: String(people.chief), title: 'Бастық' });
    expect(listed).toMatchObject({ ok: false, fieldErrors: { personId: ['Leaders.already_listed'] } });
    // Refused edits leave the block as it was (still from the roles).
    expect(await names()).toEqual(['Бастықова: Басқарма басшысы', 'Орынбасарова: deputy']);
  });

  it('refuses staff without the admin right and admins of another organisation', async () => {
    for (const user of [staff, otherAdmin]) {
      const result = await runCommand(db, leaderCommands.add, user, { orgId: String(orgId), personId: String(people.employee), title: 'Кеңесші' });
      expect(result).toMatchObject({ ok: false, messageKey: 'forbidden' });
    }
    expect(await names()).toHaveLength(2);
  });

  it('lets an admin add a staff member with a title at the end, audited', async () => {
    const result = await runCommand(db, leaderCommands.add, admin, { orgId: String(orgId), personId: String(people.employee), title: ' Бас маман ' });
    expect(result.ok).toBe(true);
    expect(await names()).toEqual(['Бастықова: Басқарма басшысы', 'Орынбасарова: deputy', 'Маманова: Бас маман']);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, orgId), eq(auditEvents.action, 'leader.add')));
    expect(event).toMatchObject({ actorUserId: admin.id, entity: 'organization_leader', entityId: String(people.employee), changes: { title: { from: null, to: 'Бас маман' } } });
  });

  it('moves a leader up and down; nothing moves past either end', async () => {
    expect((await runCommand(db, leaderCommands.move, admin, { orgId: String(orgId), personId: String(people.employee), direction: 'up' })).ok).toBe(true);
    expect(await names()).toEqual(['Бастықова: Басқарма басшысы', 'Маманова: Бас маман', 'Орынбасарова: deputy']);
    expect((await runCommand(db, leaderCommands.move, admin, { orgId: String(orgId), personId: String(people.chief), direction: 'up' })).ok).toBe(true);
    expect((await runCommand(db, leaderCommands.move, admin, { orgId: String(orgId), personId: String(people.chief), direction: 'down' })).ok).toBe(true);
    expect(await names()).toEqual(['Маманова: Бас маман', 'Бастықова: Басқарма басшысы', 'Орынбасарова: deputy']);
  });

  it('removes a leader, and an emptied block stays empty (the roles do not come back)', async () => {
    for (const id of [people.deputy, people.chief, people.employee]) {
      expect((await runCommand(db, leaderCommands.remove, admin, { orgId: String(orgId), personId: String(id) })).ok).toBe(true);
    }
    expect(await names()).toEqual([]);
    const again = await runCommand(db, leaderCommands.remove, admin, { orgId: String(orgId), personId: String(people.chief) });
    expect(again).toMatchObject({ ok: false, messageKey: 'Leaders.not_found' });
    const removals = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, orgId), eq(auditEvents.action, 'leader.remove')));
    expect(removals).toHaveLength(3);
  });

  it('drops a listed person who leaves the organisation', async () => {
    expect((await runCommand(db, leaderCommands.add, admin, { orgId: String(orgId), personId: String(people.deputy), title: 'Орынбасар' })).ok).toBe(true);
    expect(await names()).toEqual(['Орынбасарова: Орынбасар']);
    await db.update(memberships).set({ archivedAt: new Date() }).where(eq(memberships.personId, people.deputy));
    expect(await names()).toEqual([]);
  });
});
