import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { institutionTypeGroups, institutionTypes, organizations, subordinateOverrides, subordinateTypes, territories, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { CurrentUser } from '@/lib/auth/permissions';
import { listSubordinateSide, moveSubordinates, saveSubordinateTypes, subordinateTypesForm } from '@/lib/organizations/subordinates/lists';
import { countEffectiveSubordinateInstitutions, listEffectiveSubordinateInstitutions } from '@/lib/organizations/subordinates/sets';
import { addOrganization, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const AUTHORITY = 1;
let admin: CurrentUser;
let staff: CurrentUser;
let allTypeIds: number[];

async function userByLogin(login: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return currentUser(db, row!.id);
}

async function institutionsOf(typeCodes: string[] | 'all') {
  const rows = await db
    .select({ id: organizations.id, code: institutionTypes.code })
    .from(organizations)
    .innerJoin(institutionTypes, eq(institutionTypes.id, organizations.institutionTypeId))
    .where(and(eq(organizations.kind, 'institution'), eq(organizations.parentId, AUTHORITY)));
  return rows.filter((r) => typeCodes === 'all' || typeCodes.includes(r.code)).map((r) => r.id).sort((a, b) => a - b);
}

async function effectiveIds(authorityId = AUTHORITY) {
  return (await listEffectiveSubordinateInstitutions(db, authorityId)).map((i) => i.id).sort((a, b) => a - b);
}

async function typeIdsExcept(groupCode: string) {
  const rows = await db.select({ id: institutionTypes.id, group: institutionTypeGroups.code }).from(institutionTypes).innerJoin(institutionTypeGroups, eq(institutionTypeGroups.id, institutionTypes.groupId));
  return rows.filter((r) => r.group !== groupCode).map((r) => String(r.id));
}

const move = (user: CurrentUser, direction: 'exclude' | 'add', ids: number[], orgId = AUTHORITY) =>
  runCommand(db, moveSubordinates, user, { orgId: String(orgId), direction, institutionIds: ids.map(String) });
const saveTypes = (user: CurrentUser, typeIds: string[], orgId = AUTHORITY) => runCommand(db, saveSubordinateTypes, user, { orgId: String(orgId), typeIds });

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  admin = await userByLogin('admin');
  staff = await userByLogin('staff');
  allTypeIds = (await db.select({ id: institutionTypes.id }).from(institutionTypes)).map((r) => r.id);
});

describe('the effective subordinate institutions (types chosen, minus excluded, plus added)', () => {
  it('are every institution of the network when every type is chosen', async () => {
    const all = await institutionsOf('all');
    expect(all).toHaveLength(24);
    expect(await effectiveIds()).toEqual(all);
    expect(await countEffectiveSubordinateInstitutions(db, AUTHORITY)).toBe(24);
  });

  it('follow the chosen types: unticking a group drops its institutions, ticking it back restores them', async () => {
    expect(await saveTypes(admin, await typeIdsExcept('general_secondary'))).toMatchObject({ ok: true });
    const general = await institutionsOf(['general_secondary_school', 'gymnasium', 'lyceum', 'small_class_school']);
    expect(general.length).toBeGreaterThan(10);
    const rest = (await institutionsOf('all')).filter((id) => !general.includes(id));
    expect(await effectiveIds()).toEqual(rest);
    expect(await saveTypes(admin, allTypeIds.map(String))).toMatchObject({ ok: true });
    expect(await effectiveIds()).toEqual(await institutionsOf('all'));
  });

  it('leave out an excluded institution whatever its type, and keep an added one whatever its type', async () => {
    const [lyceum] = await institutionsOf(['lyceum']);
    const [music] = await institutionsOf(['music_school']);
    expect(await move(admin, 'exclude', [lyceum!])).toMatchObject({ ok: true, data: { moved: 1 } });
    expect(await effectiveIds()).not.toContain(lyceum);

    // Untick the music school's group, then add the music school by hand.
    const musicType = (await db.select({ typeId: organizations.institutionTypeId }).from(organizations).where(eq(organizations.id, music!)))[0]!.typeId!;
    await saveTypes(admin, allTypeIds.filter((id) => id !== musicType).map(String));
    expect(await effectiveIds()).not.toContain(music);
    expect(await move(admin, 'add', [music!])).toMatchObject({ ok: true, data: { moved: 1 } });

    // Every combination of type ticked / unticked with excluded / added.
    for (const typesOn of [true, false]) {
      await saveTypes(admin, (typesOn ? allTypeIds : allTypeIds.filter((id) => id !== musicType)).map(String));
      const effective = await effectiveIds();
      expect(effective).not.toContain(lyceum);
      expect(effective).toContain(music);
    }
    const overrides = await db.select().from(subordinateOverrides).where(eq(subordinateOverrides.authorityId, AUTHORITY));
    expect(overrides.map((o) => [o.institutionId, o.included]).sort()).toEqual([[lyceum, false], [music, true]].sort());

    // Moving back removes the exceptions instead of piling up rows.
    await saveTypes(admin, allTypeIds.map(String));
    expect(await move(admin, 'add', [lyceum!])).toMatchObject({ ok: true });
    expect(await move(admin, 'exclude', [music!])).toMatchObject({ ok: true });
    expect(await db.select().from(subordinateOverrides).where(and(eq(subordinateOverrides.authorityId, AUTHORITY), eq(subordinateOverrides.institutionId, lyceum!)))).toEqual([]);
    expect(await db.select().from(subordinateOverrides).where(eq(subordinateOverrides.institutionId, music!))).toEqual([
      { authorityId: AUTHORITY, institutionId: music, included: false },
    ]);
    await move(admin, 'add', [music!]);
    expect(await effectiveIds()).toEqual(await institutionsOf('all'));
    expect(await db.select().from(subordinateOverrides)).toEqual([]);
  });

  it('are, for a district department, the institutions located in its district once it chooses types', async () => {
    const [department] = await db.select({ id: organizations.id, territoryId: organizations.territoryId }).from(organizations).where(and(eq(organizations.kind, 'authority'), eq(organizations.parentId, AUTHORITY)));
    expect(await effectiveIds(department!.id)).toEqual([]);
    const inDistrict = await db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.kind, 'institution'), eq(organizations.territoryId, department!.territoryId!)));
    const excluded = await listSubordinateSide(db, { authorityId: department!.id, side: 'excluded', filters: { q: '' }, page: 1, locale: 'kk' });
    expect(excluded.total).toBe(inDistrict.length);
    await db.insert(subordinateTypes).values(allTypeIds.map((institutionTypeId) => ({ authorityId: department!.id, institutionTypeId })));
    expect(await effectiveIds(department!.id)).toEqual(inDistrict.map((r) => r.id).sort((a, b) => a - b));
  });

  it('never include institutions of another authority outside its territory', async () => {
    const other = await addOrganization(db, { name: 'Another region authority' });
    const foreign = await addOrganization(db, { name: 'Foreign school', kind: 'institution', parentId: other });
    expect(await effectiveIds()).not.toContain(foreign);
    expect(await move(admin, 'add', [foreign])).toMatchObject({ ok: false, messageKey: 'Subordinates.nothing_to_move' });
  });
});

describe('the two lists of F-4.7', () => {
  it('filter by name, type, organisational group and territory, and page', async () => {
    const byName = await listSubordinateSide(db, { authorityId: AUTHORITY, side: 'subordinate', filters: { q: 'ГИМНАЗИЯ' }, page: 1, locale: 'ru' });
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.rows.every((r) => `${r.name} ${r.fullName}`.toLowerCase().includes('гимназия'))).toBe(true);

    const [lyceumType] = await db.select().from(institutionTypes).where(eq(institutionTypes.code, 'lyceum'));
    const byType = await listSubordinateSide(db, { authorityId: AUTHORITY, side: 'subordinate', filters: { q: '', type: lyceumType!.id }, page: 1, locale: 'en' });
    expect(byType.rows.map((r) => r.typeName)).toEqual(byType.rows.map(() => 'Lyceum'));
    expect(byType.total).toBe((await institutionsOf(['lyceum'])).length);

    const byGroup = await listSubordinateSide(db, { authorityId: AUTHORITY, side: 'subordinate', filters: { q: '', group: lyceumType!.groupId }, page: 1, locale: 'en' });
    expect(byGroup.total).toBe((await institutionsOf(['general_secondary_school', 'gymnasium', 'lyceum', 'small_class_school'])).length);

    const [konaev] = await db.select().from(territories).where(eq(territories.katoCode, '191610000'));
    const byPlace = await listSubordinateSide(db, { authorityId: AUTHORITY, side: 'subordinate', filters: { q: '', territory: konaev!.id }, page: 1, locale: 'en' });
    expect(byPlace.total).toBe(12);
    // 24 institutions fit on the first page of 25; the second is empty but still counts them.
    const page2 = await listSubordinateSide(db, { authorityId: AUTHORITY, side: 'subordinate', filters: { q: '' }, page: 2, locale: 'en' });
    expect(page2).toEqual({ rows: [], total: 24 });

    // A filter that matches nothing, with LIKE wildcards taken literally.
    expect((await listSubordinateSide(db, { authorityId: AUTHORITY, side: 'subordinate', filters: { q: '%_' }, page: 1, locale: 'en' })).total).toBe(0);
  });

  it('move only what is on the list it is moved from, and refuse nothing ticked', async () => {
    const [school] = await institutionsOf(['general_secondary_school']);
    expect(await move(admin, 'add', [school!])).toMatchObject({ ok: false, messageKey: 'Subordinates.nothing_to_move' });
    expect(await runCommand(db, moveSubordinates, admin, { orgId: String(AUTHORITY), direction: 'exclude' })).toMatchObject({ ok: false, fieldErrors: { institutionIds: ['Subordinates.nothing_checked'] } });
    expect(await runCommand(db, moveSubordinates, admin, { orgId: String(AUTHORITY), direction: 'sideways', institutionIds: ['1'] })).toMatchObject({ ok: false, fieldErrors: { direction: ['invalid'] } });
  });
});

describe('subordinate types (F-4.8)', () => {
  it('give the groups with their types ticked as stored', async () => {
    await saveTypes(admin, await typeIdsExcept('additional'));
    const groups = await subordinateTypesForm(db, { authorityId: AUTHORITY, locale: 'kk' });
    expect(groups).toHaveLength(6);
    for (const group of groups) expect(group.types.every((t) => t.chosen)).toBe(group.name !== 'Қосымша білім беру ұйымдары');
    await saveTypes(admin, allTypeIds.map(String));
  });

  it('refuse unknown type ids and writes by anyone but the admin', async () => {
    expect(await saveTypes(admin, ['999999'])).toMatchObject({ ok: false, fieldErrors: { typeIds: ['invalid'] } });
    expect(await saveTypes(staff, [])).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await move(staff, 'exclude', [1])).toEqual({ ok: false, messageKey: 'forbidden' });
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from subordinate_types where authority_id = ${AUTHORITY}`)) as unknown as [{ n: number }];
    expect(n).toBe(allTypeIds.length);
  });
});
