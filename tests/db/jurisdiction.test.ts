import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed';
import { auditEvents, institutionTypes, organizations, subordinateTypes, territories, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { assignJurisdiction, setLowerJurisdiction } from '@/lib/organizations/jurisdiction/assign';
import { lowerAuthoritiesJurisdiction } from '@/lib/organizations/jurisdiction/queries';
import { moveSubordinates, saveSubordinateTypes } from '@/lib/organizations/subordinates/lists';
import { listEffectiveSubordinateInstitutions } from '@/lib/organizations/subordinates/sets';
import { addOrganization, addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

/**
 * Issue 11, item 2: an authority's jurisdiction (where its subordinate candidates come from) is
 * set from above — by an admin of an authority it lies under, inside the jurisdiction of the
 * authority directly above — or at installation, never by the organisation itself.
 */

const { db } = await useTestDatabase();
const TOP = 1;
let admin: CurrentUser;
let staff: CurrentUser;
let talgarAdmin: CurrentUser;
let talgarDept = 0;
let konaevDept = 0;
const place: Record<'country' | 'region' | 'astana' | 'talgar' | 'konaev', number> = { country: 0, region: 0, astana: 0, talgar: 0, konaev: 0 };
let talgarSchools: number[] = [];
let konaevSchools: number[] = [];

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const effective = async (authorityId: number) => sorted((await listEffectiveSubordinateInstitutions(db, authorityId)).map((i) => i.id));
const jurisdictionOf = async (id: number) => (await db.select({ j: organizations.jurisdictionTerritoryId }).from(organizations).where(eq(organizations.id, id)))[0]!.j;
const setJurisdiction = (user: CurrentUser, orgId: number, authorityId: number, territoryId: number | '' | string) =>
  runCommand(db, setLowerJurisdiction, user, { orgId: String(orgId), authorityId: String(authorityId), territoryId: String(territoryId) });
const jurisdictionEvents = () => db.select().from(auditEvents).where(eq(auditEvents.action, 'organization.jurisdiction.update'));

async function userByLogin(login: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return currentUser(db, row!.id);
}

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo', journal: false });
  [admin, staff] = [await userByLogin('admin'), await userByLogin('staff')];
  const byKato = async (kato: string) => (await db.select({ id: territories.id }).from(territories).where(eq(territories.katoCode, kato)))[0]!.id;
  Object.assign(place, {
    country: await byKato('000000000'),
    region: await byKato('190000000'),
    astana: await byKato('710000000'),
    talgar: await byKato('196200000'),
    konaev: await byKato('191610000'),
  });
  const deptIn = async (territoryId: number) =>
    (await db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.kind, 'authority'), eq(organizations.territoryId, territoryId))))[0]!.id;
  [talgarDept, konaevDept] = [await deptIn(place.talgar), await deptIn(place.konaev)];
  const schoolsIn = async (territoryId: number) =>
    sorted((await db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.kind, 'institution'), eq(organizations.territoryId, territoryId)))).map((r) => r.id));
  [talgarSchools, konaevSchools] = [await schoolsIn(place.talgar), await schoolsIn(place.konaev)];
  talgarAdmin = await currentUser(db, (await addPerson(db, { surname: 'Әкімші', name: 'Талғар', orgId: talgarDept, rights: { isAdmin: true } })).userId);
  const allTypes = await db.select({ id: institutionTypes.id }).from(institutionTypes);
  await db.insert(subordinateTypes).values(allTypes.map((t) => ({ authorityId: talgarDept, institutionTypeId: t.id })));
});

describe('a jurisdiction set by the authority above', () => {
  it('comes with the demo installation: the top authority its region, each district department its district', async () => {
    expect(await jurisdictionOf(TOP)).toBe(place.region);
    expect(await jurisdictionOf(talgarDept)).toBe(place.talgar);
    expect(await jurisdictionOf(konaevDept)).toBe(place.konaev);
    expect(await effective(talgarDept)).toEqual(talgarSchools);
    expect(await effective(TOP)).toHaveLength(24);
  });

  it('is what the lower authority then reaches, and is audited', async () => {
    expect(await setJurisdiction(admin, TOP, talgarDept, place.konaev)).toEqual({ ok: true, data: { changed: 1 } });
    expect(await effective(talgarDept)).toEqual(konaevSchools);
    const [event] = await jurisdictionEvents();
    expect(event).toMatchObject({
      actorUserId: admin.id,
      organizationId: TOP,
      entity: 'organization',
      entityId: String(talgarDept),
      changes: { jurisdictionTerritoryId: { from: place.talgar, to: place.konaev } },
    });
    // Its own structure only: the department has no institutions under it.
    expect(await setJurisdiction(admin, TOP, talgarDept, '')).toEqual({ ok: true, data: { changed: 1 } });
    expect(await effective(talgarDept)).toEqual([]);
    expect(await setJurisdiction(admin, TOP, talgarDept, place.talgar)).toEqual({ ok: true, data: { changed: 1 } });
    expect(await setJurisdiction(admin, TOP, talgarDept, place.talgar)).toEqual({ ok: true, data: { changed: 0 } });
    expect(await jurisdictionEvents()).toHaveLength(3);
  });

  it('never exceeds the jurisdiction of the authority that sets it: the country, another region, an unknown place are refused', async () => {
    for (const territoryId of [place.country, place.astana, 99_999_999]) {
      expect(await setJurisdiction(admin, TOP, talgarDept, territoryId)).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { territoryId: ['Jurisdiction.outside_own'] } });
    }
    expect(await setJurisdiction(admin, TOP, talgarDept, 'abc')).toMatchObject({ ok: false, fieldErrors: { territoryId: ['invalid'] } });
    expect(await jurisdictionOf(talgarDept)).toBe(place.talgar);
    expect(await jurisdictionEvents()).toHaveLength(3);
  });

  it('is never set by the organisation itself, for a sibling, for a school, or by anyone without admin rights', async () => {
    expect(await setJurisdiction(talgarAdmin, talgarDept, talgarDept, place.region)).toEqual({ ok: false, messageKey: 'Jurisdiction.not_lower' });
    expect(await setJurisdiction(talgarAdmin, TOP, talgarDept, place.region)).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await setJurisdiction(talgarAdmin, talgarDept, konaevDept, place.talgar)).toEqual({ ok: false, messageKey: 'Jurisdiction.not_lower' });
    expect(await setJurisdiction(admin, TOP, TOP, place.region)).toEqual({ ok: false, messageKey: 'Jurisdiction.not_lower' });
    expect(await setJurisdiction(admin, TOP, talgarSchools[0]!, place.talgar)).toEqual({ ok: false, messageKey: 'Jurisdiction.not_lower' });
    expect(await setJurisdiction(staff, TOP, talgarDept, place.konaev)).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await jurisdictionOf(talgarDept)).toBe(place.talgar);
    expect(await jurisdictionOf(konaevDept)).toBe(place.konaev);
    expect(await jurisdictionEvents()).toHaveLength(3);
  });

  it('flows down level by level: a lower authority gives at most its own, and cannot be narrowed below the ones under it', async () => {
    const sub = await addOrganization(db, { name: 'Sub-department', parentId: talgarDept });
    expect(await setJurisdiction(talgarAdmin, talgarDept, sub, place.konaev)).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { territoryId: ['Jurisdiction.outside_own'] } });
    expect(await setJurisdiction(talgarAdmin, talgarDept, sub, place.talgar)).toEqual({ ok: true, data: { changed: 1 } });
    // The top authority reaches it too, but only inside the department's jurisdiction.
    expect(await setJurisdiction(admin, TOP, sub, place.konaev)).toMatchObject({ ok: false, fieldErrors: { territoryId: ['Jurisdiction.outside_own'] } });
    for (const narrower of [place.konaev, '']) {
      expect(await setJurisdiction(admin, TOP, talgarDept, narrower)).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { territoryId: ['Jurisdiction.lower_outside'] } });
    }
    await expect(db.transaction((tx) => assignJurisdiction(tx, { authorityId: TOP, territoryId: place.konaev, actorUserId: null, organizationId: TOP }))).rejects.toMatchObject({
      fieldErrors: { territoryId: ['Jurisdiction.lower_outside'] },
    });
    expect(await jurisdictionOf(TOP)).toBe(place.region);
    expect(await jurisdictionOf(talgarDept)).toBe(place.talgar);
    expect(await effective(sub)).toEqual([]);
    await db.insert(subordinateTypes).values((await db.select({ id: institutionTypes.id }).from(institutionTypes)).map((t) => ({ authorityId: sub, institutionTypeId: t.id })));
    expect(await effective(sub)).toEqual(talgarSchools);
    expect(await setJurisdiction(admin, TOP, sub, '')).toEqual({ ok: true, data: { changed: 1 } });
    expect(await effective(sub)).toEqual([]);
  });

  it('when narrowed, takes away the institutions added by hand under the wider one', async () => {
    expect(await setJurisdiction(admin, TOP, talgarDept, place.region)).toMatchObject({ ok: true });
    expect(await runCommand(db, saveSubordinateTypes, talgarAdmin, { orgId: String(talgarDept), typeIds: [] })).toMatchObject({ ok: true });
    expect(await runCommand(db, moveSubordinates, talgarAdmin, { orgId: String(talgarDept), direction: 'add', institutionIds: [String(konaevSchools[0]), String(talgarSchools[0])] })).toMatchObject({
      ok: true,
      data: { moved: 2 },
    });
    expect(await effective(talgarDept)).toEqual(sorted([konaevSchools[0]!, talgarSchools[0]!]));
    expect(await setJurisdiction(admin, TOP, talgarDept, place.talgar)).toMatchObject({ ok: true });
    expect(await effective(talgarDept)).toEqual([talgarSchools[0]]);
  });

  it('is offered on the page of the authority above, with the territories inside its own jurisdiction', async () => {
    const top = await lowerAuthoritiesJurisdiction(db, { authorityId: TOP, locale: 'en' });
    expect(top.own).toBe('Almaty Region');
    expect(top.lower.map((l) => [l.shortName, l.parentName, l.territoryId])).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('Талгар'), null, place.talgar],
        ['Sub-department', expect.stringContaining('Талгар'), null],
      ]),
    );
    expect(top.lower).toHaveLength(3);
    const talgarRow = top.lower.find((l) => l.id === talgarDept)!;
    expect(talgarRow.options[0]).toEqual({ id: place.region, name: 'Almaty Region', depth: 0 });
    expect(talgarRow.options.slice(1).every((o) => o.depth === 1)).toBe(true);
    expect(talgarRow.options.map((o) => o.id)).toEqual(expect.arrayContaining([place.talgar, place.konaev]));
    expect(talgarRow.options.map((o) => o.id)).not.toContain(place.astana);
    const subRow = top.lower.find((l) => l.shortName === 'Sub-department')!;
    expect(subRow.options).toEqual([{ id: place.talgar, name: 'Talgar District', depth: 0 }]);
    const department = await lowerAuthoritiesJurisdiction(db, { authorityId: talgarDept, locale: 'en' });
    expect(department.own).toBe('Talgar District');
    expect(department.lower.map((l) => l.shortName)).toEqual(['Sub-department']);
    expect((await lowerAuthoritiesJurisdiction(db, { authorityId: talgarSchools[0]!, locale: 'en' })).lower).toEqual([]);
  });
});

describe('the migration of existing rows (0010_jurisdiction_backfill.sql)', () => {
  it('keeps a territory the installation gave inside the one above, drops one the organisation set itself or one outside', async () => {
    const [district, other] = await db
      .insert(territories)
      .values([
        { parentId: place.astana, level: 'district', katoCode: '711000000', nameKk: 'A1', nameRu: 'A1', nameEn: 'A1' },
        { parentId: place.astana, level: 'district', katoCode: '712000000', nameKk: 'A2', nameRu: 'A2', nameEn: 'A2' },
      ])
      .returning({ id: territories.id });
    const org = async (name: string, territoryId: number, parentId: number | null) =>
      (await db.insert(organizations).values({ kind: 'authority', fullName: name, shortName: name, territoryId, parentId }).returning({ id: organizations.id }))[0]!.id;
    const top = await org('Astana authority', place.astana, null);
    const installed = await org('Installed district', district!.id, top);
    const selfSet = await org('Self-set country', place.country, top);
    const outside = await org('Outside district', place.talgar, top);
    const underInstalled = await org('Beside its parent', other!.id, installed);
    await db.insert(auditEvents).values({
      actorUserId: talgarAdmin.id,
      organizationId: selfSet,
      action: 'organization.localization.update',
      entity: 'organization',
      entityId: String(selfSet),
      changes: { territoryId: { from: district!.id, to: place.country } },
    });
    const backfill = readFileSync(path.join(import.meta.dirname, '../../db/migrations/0010_jurisdiction_backfill.sql'), 'utf8');
    await db.$client.unsafe(backfill).simple();
    const rows = await db.select({ id: organizations.id, j: organizations.jurisdictionTerritoryId }).from(organizations).where(inArray(organizations.id, [top, installed, selfSet, outside, underInstalled]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.j]))).toEqual({ [top]: place.astana, [installed]: district!.id, [selfSet]: null, [outside]: null, [underInstalled]: null });
    // The demo's own rows come out as the seed writes them.
    expect([await jurisdictionOf(TOP), await jurisdictionOf(konaevDept)]).toEqual([place.region, place.konaev]);
  });
});
