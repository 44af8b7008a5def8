import { inArray } from 'drizzle-orm';
import {
  organizations,
  structuralUnitMembers,
  structuralUnits,
  subordinateTypes,
  territories,
} from '../schema';
import type { DbTransaction } from '../index';
import { type BulkColumn, bulkInsert, type ColumnValue } from '../bulk-insert';
import type { MembershipPlan, SeedPlan } from './plan';
import { type PersonPlan, SEED_BASE, type UserPlan } from './people';
import { INSTITUTION_TYPES } from '../reference-data';
import { COUNTRY, REGIONS } from './territories';

/**
 * Writes a plan with multi-row inserts; every call runs inside the seed's one transaction. The
 * small tables go through Drizzle's typed insert, the big ones through bulkInsert.
 */

/** PostgreSQL takes at most 65,535 parameters per statement. */
function chunkSize(columns: number): number {
  return Math.floor(60_000 / columns);
}

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

export async function writeTerritories(tx: DbTransaction, plan: SeedPlan): Promise<Map<string, number>> {
  const ids = async (codes: string[]) => {
    const rows = await tx.select({ id: territories.id, kato: territories.katoCode }).from(territories).where(inArray(territories.katoCode, codes));
    return new Map(rows.map((r) => [r.kato, r.id]));
  };
  await tx.insert(territories).values({ ...COUNTRY, level: 'country' }).onConflictDoNothing();
  const countryId = (await ids([COUNTRY.katoCode])).get(COUNTRY.katoCode)!;
  await tx
    .insert(territories)
    .values(REGIONS.map((r) => ({ ...r, level: 'region' as const, parentId: countryId })))
    .onConflictDoNothing();
  const regionId = (await ids([plan.config.regionKato])).get(plan.config.regionKato)!;
  const municipalities = [
    ...plan.config.municipalities.map((m) => ({ katoCode: m.katoCode, nameKk: m.nameKk, nameRu: m.nameRu, nameEn: m.nameEn, level: m.level })),
    ...plan.config.otherDistricts.map((d) => ({ ...d, level: 'district' as const })),
  ];
  if (municipalities.length > 0) {
    await tx
      .insert(territories)
      .values(municipalities.map((m) => ({ ...m, parentId: regionId })))
      .onConflictDoNothing();
  }
  return ids([COUNTRY.katoCode, ...REGIONS.map((r) => r.katoCode), ...municipalities.map((m) => m.katoCode)]);
}

/** Inserts organisations parents first; returns their ids in plan order. */
export async function writeOrganizations(tx: DbTransaction, plan: SeedPlan, typeIds: Map<string, number>, territoryIds: Map<string, number>): Promise<number[]> {
  const ids: number[] = new Array(plan.organizations.length);
  let pending = plan.organizations.map((_, index) => index);
  while (pending.length > 0) {
    const ready = pending.filter((i) => {
      const parent = plan.organizations[i]!.parentIndex;
      return parent === null || ids[parent] !== undefined;
    });
    if (ready.length === 0) throw new Error('Organisation plan has a parent cycle');
    for (const batch of chunks(ready, chunkSize(20))) {
      const rows = await tx
        .insert(organizations)
        .values(
          batch.map((i) => {
            const { institutionTypeCode, territoryKato, jurisdictionKato, parentIndex, ...org } = plan.organizations[i]!;
            return {
              ...org,
              institutionTypeId: institutionTypeCode === null ? null : typeIds.get(institutionTypeCode)!,
              territoryId: territoryIds.get(territoryKato)!,
              jurisdictionTerritoryId: jurisdictionKato === null ? null : territoryIds.get(jurisdictionKato)!,
              parentId: parentIndex === null ? null : ids[parentIndex]!,
              createdAt: SEED_BASE,
            };
          }),
        )
        .returning({ id: organizations.id });
      batch.forEach((planIndex, k) => (ids[planIndex] = rows[k]!.id));
    }
    pending = pending.filter((i) => ids[i] === undefined);
  }
  return ids;
}

export async function writeSubordinateTypes(tx: DbTransaction, authorityId: number, typeIds: Map<string, number>): Promise<void> {
  const rows = INSTITUTION_TYPES.map((t) => ({ authorityId, institutionTypeId: typeIds.get(t.code)! }));
  await tx.insert(subordinateTypes).values(rows);
}

/** Inserts persons in plan order and returns their ids, matched back by IIN. */
export async function writePersons(tx: DbTransaction, plan: SeedPlan): Promise<number[]> {
  const all = plan.people.persons;
  const column = (name: string, type: string, value: (p: PersonPlan) => ColumnValue): BulkColumn => ({ name, type, values: all.map(value) });
  const rows = await bulkInsert<{ id: number; iin: string }>(
    tx,
    'persons',
    [
      column('surname', 'text', (p) => p.surname),
      column('name', 'text', (p) => p.name),
      column('patronymic', 'text', (p) => p.patronymic),
      column('birth_date', 'date', (p) => p.birthDate),
      column('sex', 'sex', (p) => p.sex),
      column('iin', 'char(12)', (p) => p.iin),
      column('email', 'text', (p) => p.email),
      column('phone', 'text', (p) => p.phone),
      column('created_at', 'timestamptz', (p) => p.createdAt.toISOString()),
    ],
    ['id', 'iin'],
  );
  const idByIin = new Map(rows.map((r) => [r.iin, r.id]));
  return all.map((p) => idByIin.get(p.iin)!);
}

export async function writeUsers(tx: DbTransaction, plan: SeedPlan, personIds: number[], passwordHash: string): Promise<number> {
  const registered: Array<{ personId: number; user: UserPlan }> = [];
  plan.people.persons.forEach((p, index) => {
    if (p.user) registered.push({ personId: personIds[index]!, user: p.user });
  });
  const column = (name: string, type: string, value: (r: (typeof registered)[number]) => ColumnValue): BulkColumn => ({
    name,
    type,
    values: registered.map(value),
  });
  await bulkInsert(tx, 'users', [
    column('person_id', 'integer', (r) => r.personId),
    column('login', 'text', (r) => r.user.login),
    column('email', 'text', (r) => r.user.email),
    column('password_hash', 'text', () => passwordHash),
    column('registered_at', 'timestamptz', (r) => r.user.registeredAt.toISOString()),
    column('last_sign_in_at', 'timestamptz', (r) => r.user.lastSignInAt?.toISOString() ?? null),
  ]);
  return registered.length;
}

export async function writeMemberships(tx: DbTransaction, plan: SeedPlan, personIds: number[], organizationIds: number[]): Promise<number> {
  const all = plan.memberships;
  const persons = plan.people.persons;
  const column = (name: string, type: string, value: (m: MembershipPlan) => ColumnValue): BulkColumn => ({ name, type, values: all.map(value) });
  await bulkInsert(tx, 'memberships', [
    column('person_id', 'integer', (m) => personIds[m.personIndex]!),
    column('organization_id', 'integer', (m) => organizationIds[m.organizationIndex]!),
    column('role', 'membership_role', (m) => m.role),
    column('position', 'text', (m) => m.position),
    column('employment', 'text', (m) => m.employment),
    column('arrival_date', 'date', (m) => m.arrivalDate),
    column('is_admin', 'boolean', (m) => m.isAdmin),
    column('is_moderator', 'boolean', (m) => m.isModerator),
    column('is_editor', 'boolean', (m) => m.isEditor),
    column('category', 'teacher_category', (m) => m.category),
    column('attestation_date', 'date', (m) => m.attestationDate),
    column('created_at', 'timestamptz', (m) => persons[m.personIndex]!.createdAt.toISOString()),
  ]);
  return all.length;
}

export async function writeStructuralUnits(tx: DbTransaction, plan: SeedPlan, personIds: number[], organizationIds: number[]): Promise<void> {
  for (const [sortOrder, unit] of plan.units.entries()) {
    const [row] = await tx
      .insert(structuralUnits)
      .values({
        organizationId: organizationIds[unit.organizationIndex]!,
        name: unit.name,
        headPersonId: personIds[unit.headPersonIndex]!,
        info: unit.info,
        sortOrder,
        createdAt: SEED_BASE,
      })
      .returning({ id: structuralUnits.id });
    await tx.insert(structuralUnitMembers).values(unit.members.map((m) => ({ unitId: row!.id, personId: personIds[m.personIndex]!, note: m.note })));
  }
}
