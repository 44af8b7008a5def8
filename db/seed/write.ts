import { inArray } from 'drizzle-orm';
import type { Database } from '../index';
import {
  institutionTypeGroups,
  institutionTypes,
  memberships,
  organizations,
  persons,
  structuralUnitMembers,
  structuralUnits,
  subordinateTypes,
  territories,
  users,
} from '../schema';
import type { SeedPlan } from './plan';
import { SEED_BASE } from './people';
import { INSTITUTION_TYPE_GROUPS, INSTITUTION_TYPES } from './reference-data';
import { COUNTRY, REGIONS } from './territories';

/** Writes a plan with multi-row inserts; every call runs inside the seed's one transaction. */

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** PostgreSQL takes at most 65,535 parameters per statement. */
function chunkSize(columns: number): number {
  return Math.floor(60_000 / columns);
}

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

/** Reference data may already exist (another seed, a migration): keep it and look its ids up. */
export async function writeReferenceData(tx: Tx): Promise<Map<string, number>> {
  await tx
    .insert(institutionTypeGroups)
    .values(INSTITUTION_TYPE_GROUPS.map((g, sortOrder) => ({ ...g, sortOrder })))
    .onConflictDoNothing();
  const groups = await tx.select({ id: institutionTypeGroups.id, code: institutionTypeGroups.code }).from(institutionTypeGroups);
  const groupIds = new Map(groups.map((g) => [g.code, g.id]));
  await tx
    .insert(institutionTypes)
    .values(
      INSTITUTION_TYPES.map(({ groupCode, ...type }, sortOrder) => ({ ...type, groupId: groupIds.get(groupCode)!, sortOrder })),
    )
    .onConflictDoNothing();
  const types = await tx.select({ id: institutionTypes.id, code: institutionTypes.code }).from(institutionTypes);
  return new Map(types.map((t) => [t.code, t.id]));
}

export async function writeTerritories(tx: Tx, plan: SeedPlan): Promise<Map<string, number>> {
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
export async function writeOrganizations(tx: Tx, plan: SeedPlan, typeIds: Map<string, number>, territoryIds: Map<string, number>): Promise<number[]> {
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
            const { institutionTypeCode, territoryKato, parentIndex, ...org } = plan.organizations[i]!;
            return {
              ...org,
              institutionTypeId: institutionTypeCode === null ? null : typeIds.get(institutionTypeCode)!,
              territoryId: territoryIds.get(territoryKato)!,
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

export async function writeSubordinateTypes(tx: Tx, authorityId: number, typeIds: Map<string, number>): Promise<void> {
  const rows = INSTITUTION_TYPES.map((t) => ({ authorityId, institutionTypeId: typeIds.get(t.code)! }));
  await tx.insert(subordinateTypes).values(rows);
}

/** Inserts persons in plan order and returns their ids, checked against the IINs sent. */
export async function writePersons(tx: Tx, plan: SeedPlan): Promise<number[]> {
  const ids: number[] = [];
  for (const batch of chunks(plan.people.persons, chunkSize(10))) {
    const rows = await tx
      .insert(persons)
      .values(
        batch.map((p) => ({
          surname: p.surname,
          name: p.name,
          patronymic: p.patronymic,
          birthDate: p.birthDate,
          sex: p.sex,
          iin: p.iin,
          email: p.email,
          phone: p.phone,
          createdAt: p.createdAt,
        })),
      )
      .returning({ id: persons.id, iin: persons.iin });
    rows.forEach((row, k) => {
      if (row.iin !== batch[k]!.iin) throw new Error('INSERT … RETURNING did not keep the insert order');
      ids.push(row.id);
    });
  }
  return ids;
}

export async function writeUsers(tx: Tx, plan: SeedPlan, personIds: number[], passwordHash: string): Promise<number> {
  const rows = plan.people.persons.flatMap((p, index) =>
    p.user ? [{ personId: personIds[index]!, login: p.user.login, email: p.user.email, passwordHash, registeredAt: p.user.registeredAt, lastSignInAt: p.user.lastSignInAt }] : [],
  );
  for (const batch of chunks(rows, chunkSize(6))) await tx.insert(users).values(batch);
  return rows.length;
}

export async function writeMemberships(tx: Tx, plan: SeedPlan, personIds: number[], organizationIds: number[]): Promise<number> {
  const createdAt = (personIndex: number) => plan.people.persons[personIndex]!.createdAt;
  const rows = plan.memberships.map(({ personIndex, organizationIndex, ...m }) => ({
    ...m,
    personId: personIds[personIndex]!,
    organizationId: organizationIds[organizationIndex]!,
    socialPosition: '',
    archivedAt: null,
    createdAt: createdAt(personIndex),
  }));
  for (const batch of chunks(rows, chunkSize(15))) await tx.insert(memberships).values(batch);
  return rows.length;
}

export async function writeStructuralUnits(tx: Tx, plan: SeedPlan, personIds: number[], organizationIds: number[]): Promise<void> {
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
