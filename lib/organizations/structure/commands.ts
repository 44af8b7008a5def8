import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/index';
import { institutionTypes, memberships, organizations, persons, structuralUnitMembers, structuralUnits, users, type OrganizationKind } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { changesBetween, created, deleted, recordAudit } from '@/lib/audit/record';
import { STAFF_ROLES } from '@/lib/auth/permissions';
import { command } from '@/lib/command';
import { effectiveSubordinateIds } from '../subordinates/sets';
import { unitDeleteSchema, unitSchema, unitUpdateSchema } from './schemas';
import { listedPersonColumns } from '../person-columns';
import { countRows } from '@/lib/pagination';

/** Structure tab (F-2.2): structural units with head and members; subordinate organisations. */

export type UnitPerson = { personId: number; surname: string; name: string; patronymic: string | null; userId: number | null };
export type UnitMember = UnitPerson & { note: string };
export type StructuralUnitView = { id: number; name: string; info: string; head: UnitPerson | null; members: UnitMember[] };

export async function listStructuralUnits(db: DbExecutor, args: { orgId: number }): Promise<StructuralUnitView[]> {
  // The units and their members side by side: the members found through their units' organisation.
  const unitsQuery = db
    .select({
      id: structuralUnits.id,
      unitName: structuralUnits.name,
      info: structuralUnits.info,
      headPersonId: persons.id,
      headSurname: persons.surname,
      headName: persons.name,
      headPatronymic: persons.patronymic,
      headUserId: users.id,
    })
    .from(structuralUnits)
    .leftJoin(persons, eq(persons.id, structuralUnits.headPersonId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(eq(structuralUnits.organizationId, args.orgId))
    .orderBy(asc(structuralUnits.sortOrder), asc(structuralUnits.id));
  const membersQuery = db
    .select({ unitId: structuralUnitMembers.unitId, note: structuralUnitMembers.note, ...listedPersonColumns })
    .from(structuralUnitMembers)
    .innerJoin(structuralUnits, eq(structuralUnits.id, structuralUnitMembers.unitId))
    .innerJoin(persons, eq(persons.id, structuralUnitMembers.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(eq(structuralUnits.organizationId, args.orgId))
    .orderBy(asc(persons.surname), asc(persons.name), asc(persons.id));
  const [units, members] = await Promise.all([unitsQuery, membersQuery]);
  return units.map((u) => ({
    id: u.id,
    name: u.unitName,
    info: u.info,
    head:
      u.headPersonId === null || u.headSurname === null || u.headName === null
        ? null
        : { personId: u.headPersonId, surname: u.headSurname, name: u.headName, patronymic: u.headPatronymic, userId: u.headUserId },
    members: members
      .filter((m) => m.unitId === u.id)
      .map((m) => ({ personId: m.personId, surname: m.surname, name: m.name, patronymic: m.patronymic, userId: m.userId, note: m.note })),
  }));
}

export type UnitFormValues = { id: number; name: string; info: string; headPersonId: number | null; memberIds: number[] };

export async function findUnitForEdit(db: DbExecutor, args: { orgId: number; unitId: number }): Promise<UnitFormValues | null> {
  const [unit] = await db
    .select({ id: structuralUnits.id, name: structuralUnits.name, info: structuralUnits.info, headPersonId: structuralUnits.headPersonId })
    .from(structuralUnits)
    .where(and(eq(structuralUnits.id, args.unitId), eq(structuralUnits.organizationId, args.orgId)));
  if (!unit) return null;
  const members = await db.select({ personId: structuralUnitMembers.personId }).from(structuralUnitMembers).where(eq(structuralUnitMembers.unitId, unit.id));
  return { ...unit, memberIds: members.map((m) => m.personId).sort((a, b) => a - b) };
}

const staffRoles = [...STAFF_ROLES];
const activeStaff = (orgId: number) => and(eq(memberships.organizationId, orgId), isNull(memberships.archivedAt), inArray(memberships.role, staffRoles));

/** The people a unit's head and members are chosen from: the organisation's active staff. */
export async function listUnitCandidates(db: DbExecutor, args: { orgId: number }): Promise<UnitPerson[]> {
  return db
    .selectDistinctOn([persons.surname, persons.name, persons.id], listedPersonColumns)
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(activeStaff(args.orgId))
    .orderBy(asc(persons.surname), asc(persons.name), asc(persons.id));
}

async function staffAmong(tx: DbExecutor, orgId: number, personIds: number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ personId: memberships.personId })
    .from(memberships)
    .where(and(activeStaff(orgId), inArray(memberships.personId, personIds)));
  return new Set(rows.map((r) => r.personId));
}

export type UnitInput = { name: string; info: string; headPersonId: number | null; memberIds: number[] };

/** Refuses a head or a member who is not active staff of the organisation (the form offers only those). */
async function checkPeople(tx: DbExecutor, orgId: number, input: UnitInput): Promise<void> {
  const chosen = [...new Set([...(input.headPersonId ? [input.headPersonId] : []), ...input.memberIds])];
  const staff = await staffAmong(tx, orgId, chosen);
  const fieldErrors: Record<string, string[]> = {};
  if (input.headPersonId && !staff.has(input.headPersonId)) fieldErrors.headPersonId = ['Structure.head_not_member'];
  if (input.memberIds.some((id) => !staff.has(id))) fieldErrors.memberIds = ['Structure.member_not_member'];
  if (Object.keys(fieldErrors).length > 0) throw new ActionError('invalid', fieldErrors);
}

type Actor = { orgId: number; actorUserId: number };

export async function createUnit(db: DbExecutor, args: Actor & { input: UnitInput }): Promise<{ id: number }> {
  const { input } = args;
  return db.transaction(async (tx) => {
    await checkPeople(tx, args.orgId, input);
    const [row] = await tx
      .insert(structuralUnits)
      .values({
        organizationId: args.orgId,
        name: input.name,
        info: input.info,
        headPersonId: input.headPersonId,
        sortOrder: sql`(select coalesce(max(${structuralUnits.sortOrder}), 0) + 1 from ${structuralUnits} where ${structuralUnits.organizationId} = ${args.orgId})`,
      })
      .returning({ id: structuralUnits.id });
    const id = row!.id;
    if (input.memberIds.length > 0) await tx.insert(structuralUnitMembers).values(input.memberIds.map((personId) => ({ unitId: id, personId })));
    await recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action: 'unit.create', entity: 'structural_unit', entityId: id, changes: created({ ...input }) });
    return { id };
  });
}

export async function updateUnit(db: DbExecutor, args: Actor & { unitId: number; input: UnitInput }): Promise<void> {
  const { input } = args;
  await db.transaction(async (tx) => {
    const [unit] = await tx
      .select({ name: structuralUnits.name, info: structuralUnits.info, headPersonId: structuralUnits.headPersonId })
      .from(structuralUnits)
      .where(and(eq(structuralUnits.id, args.unitId), eq(structuralUnits.organizationId, args.orgId)))
      .for('update');
    if (!unit) throw new ActionError('Structure.not_found');
    await checkPeople(tx, args.orgId, input);
    const current = await tx.select({ personId: structuralUnitMembers.personId }).from(structuralUnitMembers).where(eq(structuralUnitMembers.unitId, args.unitId));
    const before = { ...unit, memberIds: current.map((m) => m.personId).sort((a, b) => a - b) };
    const after = { ...input, memberIds: [...input.memberIds].sort((a, b) => a - b) };
    const changes = changesBetween(before, after);
    if (Object.keys(changes).length === 0) return;
    await tx.update(structuralUnits).set({ name: input.name, info: input.info, headPersonId: input.headPersonId }).where(eq(structuralUnits.id, args.unitId));
    // Members who stay keep their note; only the removed ones go and the new ones come.
    const removed = before.memberIds.filter((id) => !after.memberIds.includes(id));
    const added = after.memberIds.filter((id) => !before.memberIds.includes(id));
    if (removed.length > 0) {
      await tx.delete(structuralUnitMembers).where(and(eq(structuralUnitMembers.unitId, args.unitId), inArray(structuralUnitMembers.personId, removed)));
    }
    if (added.length > 0) await tx.insert(structuralUnitMembers).values(added.map((personId) => ({ unitId: args.unitId, personId })));
    await recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action: 'unit.update', entity: 'structural_unit', entityId: args.unitId, changes });
  });
}

export async function deleteUnit(db: DbExecutor, args: Actor & { unitId: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await tx.select({ personId: structuralUnitMembers.personId }).from(structuralUnitMembers).where(eq(structuralUnitMembers.unitId, args.unitId));
    // Members go with the unit (on delete cascade).
    const [removed] = await tx
      .delete(structuralUnits)
      .where(and(eq(structuralUnits.id, args.unitId), eq(structuralUnits.organizationId, args.orgId)))
      .returning({ name: structuralUnits.name, info: structuralUnits.info, headPersonId: structuralUnits.headPersonId });
    if (!removed) throw new ActionError('Structure.not_found');
    const changes = deleted({ ...removed, memberIds: current.map((m) => m.personId).sort((a, b) => a - b) });
    await recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action: 'unit.delete', entity: 'structural_unit', entityId: args.unitId, changes });
  });
}

export type SubordinateOrganization = { id: number; shortName: string; fullName: string; typeId: number | null; typeNameKk: string | null; typeNameRu: string | null; typeNameEn: string | null };

/**
 * Subordinate organisations, by name: the lower authorities directly under this one, or the
 * institutions it counts as subordinate (F-4.7/F-4.8, the one definition in ./subordinates).
 */
export async function listSubordinates(
  db: DbExecutor,
  args: { orgId: number; kind: OrganizationKind; limit: number; offset?: number },
): Promise<{ items: SubordinateOrganization[]; total: number }> {
  const where =
    args.kind === 'authority'
      ? and(eq(organizations.parentId, args.orgId), eq(organizations.kind, 'authority'))
      : sql`${organizations.id} in ${effectiveSubordinateIds(args.orgId)}`;
  // The page and the count side by side, as the other lists read theirs.
  const [items, total] = await Promise.all([
    db
      .select({
        id: organizations.id,
        shortName: organizations.shortName,
        fullName: organizations.fullName,
        typeId: institutionTypes.id,
        typeNameKk: institutionTypes.nameKk,
        typeNameRu: institutionTypes.nameRu,
        typeNameEn: institutionTypes.nameEn,
      })
      .from(organizations)
      .leftJoin(institutionTypes, eq(institutionTypes.id, organizations.institutionTypeId))
      .where(where)
      .orderBy(asc(organizations.fullName), asc(organizations.id))
      .limit(args.limit)
      .offset(args.offset ?? 0),
    countRows(db, organizations, where),
  ]);
  return { items, total };
}

const unitInput = (input: UnitInput): UnitInput => ({ name: input.name, info: input.info, headPersonId: input.headPersonId, memberIds: input.memberIds });

/** The public site's Structure page shows them. */
const structureTab = { expires: ['structure' as const] };

/** The server actions' work: admins only, and only while the Structure function is on (org.structure.edit). */
export const unitCommands = {
  create: command(unitSchema, 'org.structure.edit', (db, input, { user }) => createUnit(db, { orgId: input.orgId, actorUserId: user.id, input: unitInput(input) }), structureTab),
  update: command(unitUpdateSchema, 'org.structure.edit', async (db, input, { user }) => {
    await updateUnit(db, { orgId: input.orgId, actorUserId: user.id, unitId: input.unitId, input: unitInput(input) });
    return { id: input.unitId };
  }, structureTab),
  delete: command(unitDeleteSchema, 'org.structure.edit', (db, input, { user }) => deleteUnit(db, { orgId: input.orgId, actorUserId: user.id, unitId: input.unitId }), structureTab),
};
