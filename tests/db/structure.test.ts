import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, memberships, organizations, persons, structuralUnitMembers, structuralUnits, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { CurrentUser } from '@/lib/auth/permissions';
import { listStructuralUnits, listSubordinates, listUnitCandidates, unitCommands } from '@/lib/organizations/structure/commands';
import { moveSubordinates } from '@/lib/organizations/subordinates/lists';
import { loadPeopleNetwork } from '@/lib/people/directory';
import { addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();

let orgId = 0;
let admin: CurrentUser;
let staff: CurrentUser;
let schoolId = 0;

async function userByLogin(login: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return currentUser(db, row!.id);
}

async function personId(surname: string) {
  const [row] = await db.select({ id: persons.id }).from(persons).where(eq(persons.surname, surname));
  return row!.id;
}

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  const [authority] = await db.select({ id: organizations.id }).from(organizations).where(isNull(organizations.parentId));
  orgId = authority!.id;
  admin = await userByLogin('admin');
  staff = await userByLogin('staff');
  const [school] = await db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.parentId, orgId), eq(organizations.kind, 'institution')));
  schoolId = school!.id;
});

describe('the demo structure', () => {
  it('has the guide unit with its head, information and members', async () => {
    const [unit] = await listStructuralUnits(db, { orgId });
    expect(unit).toMatchObject({ name: 'Отдел воспитательной работы и соц. поддержки', head: { surname: 'Омарханова', name: 'Ақжанай', patronymic: 'Сериковна' } });
    expect(unit!.info).toContain('пн-пт с 09.00 до 18.00');
    expect(unit!.members.map((m) => m.surname)).toEqual(expect.arrayContaining(['Мухамадиева', 'Ибатулданова']));
  });

  it('counts two subordinate organisations and 24 institutions, a page at a time', async () => {
    const authorities = await listSubordinates(db, { orgId, kind: 'authority', limit: 50 });
    expect(authorities.total).toBe(2);
    const institutions = await listSubordinates(db, { orgId, kind: 'institution', limit: 10, offset: 20 });
    expect(institutions.total).toBe(24);
    expect(institutions.items).toHaveLength(4);
    expect(institutions.items[0]!.typeNameKk).toBeTruthy();
  });

  it('offers the organisation staff, not students or parents, as heads and members', async () => {
    const candidates = await listUnitCandidates(db, { orgId });
    expect(candidates.map((c) => c.surname)).toEqual(expect.arrayContaining(['Омарханова', 'Искандерова', 'Сәрсенбаева']));
    const schoolCandidates = new Set((await listUnitCandidates(db, { orgId: schoolId })).map((c) => c.personId));
    const byRole = async (role: 'teacher' | 'student' | 'parent') =>
      (await db.select({ personId: memberships.personId }).from(memberships).where(and(eq(memberships.organizationId, schoolId), eq(memberships.role, role)))).map((r) => r.personId);
    expect((await byRole('teacher')).every((id) => schoolCandidates.has(id))).toBe(true);
    expect((await byRole('student')).some((id) => schoolCandidates.has(id))).toBe(false);
  });
});

describe('unit commands', () => {
  it('lets an admin add a unit with a head and members, with an audit event', async () => {
    const head = await personId('Сәрсенбаева');
    const member = await personId('Искандерова');
    const result = await runCommand(db, unitCommands.create, admin, {
      orgId: String(orgId),
      name: 'Отдел дошкольного образования',
      info: 'Кабинет 12',
      headPersonId: String(head),
      memberIds: [String(member), String(head), String(member)],
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : 0;
    const unit = (await listStructuralUnits(db, { orgId })).find((u) => u.id === id)!;
    expect(unit).toMatchObject({ name: 'Отдел дошкольного образования', info: 'Кабинет 12', head: { surname: 'Сәрсенбаева' } });
    expect(unit.members.map((m) => m.surname).sort()).toEqual(['Искандерова', 'Сәрсенбаева']);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'unit.create'));
    expect(event).toMatchObject({ actorUserId: admin.id, organizationId: orgId, entityId: String(id), changes: { name: { from: null, to: 'Отдел дошкольного образования' } } });
  });

  it('refuses staff without the admin right', async () => {
    const result = await runCommand(db, unitCommands.create, staff, { orgId: String(orgId), name: 'X' });
    expect(result).toEqual({ ok: false, messageKey: 'forbidden' });
  });

  it('refuses a head or members who are not active staff of the organisation, and nothing is written', async () => {
    const before = await db.$count(structuralUnits);
    const outsider = await addPerson(db, { surname: 'Сыртқы', name: 'Адам', orgId: schoolId, role: 'teacher' });
    const archived = await addPerson(db, { surname: 'Мұрағат', name: 'Адам', orgId, archived: true });
    const [parentRow] = await db.select({ personId: memberships.personId }).from(memberships).where(and(eq(memberships.organizationId, schoolId), eq(memberships.role, 'parent')));
    for (const headPersonId of [outsider.personId, archived.personId, 999_999]) {
      const result = await runCommand(db, unitCommands.create, admin, { orgId: String(orgId), name: 'Bad', headPersonId: String(headPersonId) });
      expect(result).toMatchObject({ ok: false, fieldErrors: { headPersonId: ['Structure.head_not_member'] } });
    }
    const members = await runCommand(db, unitCommands.create, admin, { orgId: String(schoolId), name: 'Bad', memberIds: [String(parentRow!.personId)] });
    // The admin of the authority is no admin of the school.
    expect(members).toEqual({ ok: false, messageKey: 'forbidden' });
    const ownMembers = await runCommand(db, unitCommands.create, admin, { orgId: String(orgId), name: 'Bad', memberIds: [String(outsider.personId)] });
    expect(ownMembers).toMatchObject({ ok: false, fieldErrors: { memberIds: ['Structure.member_not_member'] } });
    expect(await db.$count(structuralUnits)).toBe(before);
  });

  it('refuses an empty or over-long name and over-long information beside their fields', async () => {
    const result = await runCommand(db, unitCommands.create, admin, { orgId: String(orgId), name: 'x'.repeat(201), info: 'y'.repeat(5_001) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ['too_long'], info: ['too_long'] } });
    const empty = await runCommand(db, unitCommands.create, admin, { orgId: String(orgId), name: ' ' });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { name: ['required'] } });
  });

  it('edits a unit: members who stay keep their note, the change is audited', async () => {
    const [guideUnit] = await listStructuralUnits(db, { orgId });
    const kept = guideUnit!.members.find((m) => m.surname === 'Мухамадиева')!;
    const added = await personId('Сәрсенбаева');
    const result = await runCommand(db, unitCommands.update, admin, {
      orgId: String(orgId),
      unitId: String(guideUnit!.id),
      name: guideUnit!.name,
      info: guideUnit!.info,
      headPersonId: '',
      memberIds: [String(kept.personId), String(added)],
    });
    expect(result.ok).toBe(true);
    const [after] = await listStructuralUnits(db, { orgId });
    expect(after!.head).toBeNull();
    expect(after!.members.find((m) => m.personId === kept.personId)!.note).toBe('ведущий специалист');
    expect(after!.members).toHaveLength(2);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'unit.update'));
    expect(Object.keys(event!.changes).sort()).toEqual(['headPersonId', 'memberIds']);
    expect(event!.changes.headPersonId!.to).toBeNull();
  });

  it('removes a unit with its members, audited', async () => {
    const units = await listStructuralUnits(db, { orgId });
    const last = units.at(-1)!;
    expect((await runCommand(db, unitCommands.delete, admin, { orgId: String(orgId), unitId: String(last.id) })).ok).toBe(true);
    expect((await listStructuralUnits(db, { orgId })).map((u) => u.id)).not.toContain(last.id);
    expect(await db.$count(structuralUnitMembers, eq(structuralUnitMembers.unitId, last.id))).toBe(0);
    expect(await db.$count(auditEvents, eq(auditEvents.action, 'unit.delete'))).toBe(1);
    expect(await runCommand(db, unitCommands.delete, admin, { orgId: String(orgId), unitId: String(last.id) })).toMatchObject({ ok: false, messageKey: 'Structure.not_found' });
  });

  it('refuses writes while the Structure function is off', async () => {
    const [org] = await db.select({ functions: organizations.functions }).from(organizations).where(eq(organizations.id, orgId));
    await db.update(organizations).set({ functions: { ...org!.functions, structure: { enabled: false } } }).where(eq(organizations.id, orgId));
    expect(await runCommand(db, unitCommands.create, admin, { orgId: String(orgId), name: 'Off' })).toMatchObject({ ok: false, messageKey: 'Common.function_off' });
    await db.update(organizations).set({ functions: org!.functions }).where(eq(organizations.id, orgId));
  });
});

describe('subordinate institutions follow the settings (F-4.7/F-4.8)', () => {
  it('an institution excluded by hand leaves the Structure tab and the People network; added back, it returns', async () => {
    const move = (direction: 'exclude' | 'add') => runCommand(db, moveSubordinates, admin, { orgId: String(orgId), direction, institutionIds: [String(schoolId)] });
    const listed = async () => (await listSubordinates(db, { orgId, kind: 'institution', limit: 50 })).items.map((i) => i.id);
    expect(await listed()).toContain(schoolId);
    expect((await move('exclude')).ok).toBe(true);
    try {
      const after = await listSubordinates(db, { orgId, kind: 'institution', limit: 50 });
      expect(after.total).toBe(23);
      expect(after.items.map((i) => i.id)).not.toContain(schoolId);
      const network = await loadPeopleNetwork(db, orgId);
      expect(network!.institutionIds).toHaveLength(23);
      expect(network!.institutionIds).not.toContain(schoolId);
      // Lower authorities stay: they are organisations under this one, not chosen by type.
      expect(network!.subAuthorities).toHaveLength(2);
    } finally {
      expect((await move('add')).ok).toBe(true);
    }
    expect(await listed()).toContain(schoolId);
    expect((await loadPeopleNetwork(db, orgId))!.institutionIds).toHaveLength(24);
  });
});
