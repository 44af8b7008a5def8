import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDatabase, getDb } from '@/db';
import { seedDemo } from '@/db/seed';
import { institutionTypes, memberships, notificationRecipients, organizations, subordinateOverrides, territories } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { reachOf } from '@/lib/notifications/audience';
import { audienceMasks } from '@/lib/notifications/audience-counts';
import { publishCommand, saveAudienceCommand, saveContentCommand } from '@/lib/notifications/commands';
import { updateLocalization } from '@/lib/organizations/settings/commands';
import { listSubordinates } from '@/lib/organizations/structure/commands';
import { listSubordinateSide, moveSubordinates, saveSubordinateTypes, subordinateFilterOptions } from '@/lib/organizations/subordinates/lists';
import { countEffectiveSubordinateInstitutions, listEffectiveSubordinateInstitutions } from '@/lib/organizations/subordinates/sets';
import { countPeople, countPeopleCategories, loadPeopleNetwork, PEOPLE_PAGE_SIZE, searchPeople } from '@/lib/people/directory';
import { activityReport } from '@/lib/reports/activity';
import { attestationDueReport, attestationReport } from '@/lib/reports/attestation';
import { INSTITUTION_REPORT_DEFINITIONS } from '@/lib/reports/institution';
import { registerReport } from '@/lib/reports/register';
import { runReport } from '@/lib/reports/run';
import { loadReportScope } from '@/lib/reports/scope';
import { addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

/**
 * Issue 11, item 2: a district department's admin sets Settings → Localization to "Kazakhstan"
 * with no region and ticks every institution type. Its reach must stay its own district: not one
 * institution of the other district, nor its pupils or parents, in any reader of the subordinate
 * set — reports and their exports, the notification audience, People, Structure, the Page tab's
 * count and the subordinate settings lists. (Before the fix: 24 institutions, 12 foreign.)
 */

const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async () => {
  const [{ getDb }, { loadOrgAuth }] = await Promise.all([import('@/db'), import('@/lib/auth/org-auth')]);
  return { getCurrentUser: async () => signedIn.user, getOrgAuth: (orgId: number) => loadOrgAuth(getDb(), orgId) };
});
// next-intl's server translator needs a request scope; the export's texts are not under test here.
vi.mock('@/lib/reports/translate', () => ({ reportTranslator: async () => (key: string) => key }));

const { db, url } = await useTestDatabase();
process.env.DATABASE_URL = url;
process.env.NEXTAUTH_SECRET ??= 'test-secret-0123456789abcdef';
// The export route and the Page tab read through the app's pool (getDb): this file's database.
(globalThis as { kundelikDb?: unknown }).kundelikDb = undefined;
afterAll(() => closeDatabase(getDb()));
const { GET: exportRoute } = await import('@/app/api/export/[report]/route');
const { getOrganizationProfile } = await import('@/lib/organizations/queries');

const TALGAR = '196200000';
const KONAEV = '191610000';
let department = 0;
let departmentAdmin: CurrentUser;
let own: number[] = [];
let foreign: number[] = [];
let foreignNames: string[] = [];
let ownNames: string[] = [];
/** People whose every active membership is in the other district's institutions. */
let foreignPeople = new Set<number>();
let ownParents = new Set<number>();

const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);
const institutionsIn = async (kato: string) =>
  (
    await db
      .select({ id: organizations.id, shortName: organizations.shortName })
      .from(organizations)
      .innerJoin(territories, eq(territories.id, organizations.territoryId))
      .where(and(eq(organizations.kind, 'institution'), eq(territories.katoCode, kato)))
  ).sort((a, b) => a.id - b.id);

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo', journal: false });
  const [talgar] = await db.select({ id: territories.id }).from(territories).where(eq(territories.katoCode, TALGAR));
  const [dept] = await db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.kind, 'authority'), eq(organizations.territoryId, talgar!.id)));
  department = dept!.id;
  const added = await addPerson(db, { surname: 'Әкімші', name: 'Аудан', orgId: department, role: 'employee', rights: { isAdmin: true } });
  departmentAdmin = await currentUser(db, added.userId);
  const talgarInstitutions = await institutionsIn(TALGAR);
  own = talgarInstitutions.map((i) => i.id);
  ownNames = talgarInstitutions.map((i) => i.shortName);
  const konaev = await institutionsIn(KONAEV);
  foreign = konaev.map((i) => i.id);
  foreignNames = konaev.map((i) => i.shortName);
  expect(own).toHaveLength(12);
  expect(foreign).toHaveLength(12);

  const active = await db.select({ personId: memberships.personId, organizationId: memberships.organizationId, role: memberships.role }).from(memberships).where(isNull(memberships.archivedAt));
  const elsewhere = new Set(active.filter((m) => !foreign.includes(m.organizationId)).map((m) => m.personId));
  foreignPeople = new Set(active.filter((m) => foreign.includes(m.organizationId) && !elsewhere.has(m.personId)).map((m) => m.personId));
  ownParents = new Set(active.filter((m) => own.includes(m.organizationId) && m.role === 'parent').map((m) => m.personId));
  expect(foreignPeople.size).toBeGreaterThan(1000);

  // The steps, as the department's admin takes them.
  const [kazakhstan] = await db.select({ id: territories.id }).from(territories).where(eq(territories.level, 'country'));
  const localized = await runCommand(db, updateLocalization, departmentAdmin, { orgId: String(department), countryId: String(kazakhstan!.id), regionId: '', cityId: '', subordinationId: '', timeZone: 'Asia/Almaty' });
  expect(localized).toMatchObject({ ok: true });
  const allTypes = (await db.select({ id: institutionTypes.id }).from(institutionTypes)).map((t) => String(t.id));
  expect(await runCommand(db, saveSubordinateTypes, departmentAdmin, { orgId: String(department), typeIds: allTypes })).toMatchObject({ ok: true });
});

describe('a district department that set its own Localization to the whole country', () => {
  it('counts only its own district’s institutions as subordinate, also on the Page tab', async () => {
    expect(sorted((await listEffectiveSubordinateInstitutions(db, department)).map((i) => i.id))).toEqual(own);
    expect(await countEffectiveSubordinateInstitutions(db, department)).toBe(12);
    expect((await getOrganizationProfile({ orgId: department, locale: 'kk' }))?.institutionCount).toBe(12);
  });

  it('shows only them on the Structure tab', async () => {
    const structure = await listSubordinates(db, { orgId: department, kind: 'institution', limit: 100 });
    expect(structure.total).toBe(12);
    expect(sorted(structure.items.map((i) => i.id))).toEqual(own);
  });

  it('offers no foreign institution in the subordinate settings lists, their filters, or to add by hand', async () => {
    const subordinate = await listSubordinateSide(db, { authorityId: department, side: 'subordinate', filters: { q: '' }, page: 1, locale: 'en' });
    const excluded = await listSubordinateSide(db, { authorityId: department, side: 'excluded', filters: { q: '' }, page: 1, locale: 'en' });
    expect(sorted(subordinate.rows.map((r) => r.id))).toEqual(own);
    expect(excluded.total).toBe(0);
    const options = await subordinateFilterOptions(db, { authorityId: department, locale: 'en' });
    expect(options.territories.map((t) => t.name)).toEqual(['Talgar District']);
    expect(await runCommand(db, moveSubordinates, departmentAdmin, { orgId: String(department), direction: 'add', institutionIds: foreign.map(String) })).toMatchObject({
      ok: false,
      messageKey: 'Subordinates.nothing_to_move',
    });
    expect(await db.select().from(subordinateOverrides).where(eq(subordinateOverrides.authorityId, department))).toEqual([]);
  });

  it('reports on its own district only: F-7.1, F-7.2, F-7.4 hold no foreign institution, F-7.3 refuses one', async () => {
    const scope = (await loadReportScope(db, department, 'en'))!;
    expect(sorted(scope.institutions.map((i) => i.id))).toEqual(own);
    for (const [definition, params] of [
      [attestationReport, {}],
      [attestationDueReport, {}],
      [registerReport, {}],
      [activityReport, { form: 'institutions' }],
    ] as const) {
      const run = await runReport(db, definition, scope, 'en', params, '2026-11-28');
      expect(run.ok, definition.key).toBe(true);
      // Names as whole JSON strings: "школа №2" is part of another district's "школа №24".
      const text = JSON.stringify(run);
      for (const name of foreignNames) expect(text, definition.key).not.toContain(JSON.stringify(name));
    }
    for (const definition of Object.values(INSTITUTION_REPORT_DEFINITIONS)) {
      expect(await runReport(db, definition, scope, 'en', { school: String(foreign[0]) }, '2026-11-28'), definition.key).toEqual({ ok: false, error: 'school_unknown' });
    }
  });

  it('exports its own district only: the register has no foreign row, a foreign school’s pupils are refused', async () => {
    signedIn.user = departmentAdmin;
    const get = (report: string, query: string) => exportRoute(new Request(`http://localhost/api/export/${report}?org=${department}&format=csv&locale=en&${query}`), { params: Promise.resolve({ report }) });
    const register = await get('register', '');
    expect(register.status).toBe(200);
    // Institution names hold no comma or quote: a plain split finds them as whole cells.
    const cells = new Set((await register.text()).split(/\r\n/).flatMap((row) => row.split(',')));
    expect(ownNames.filter((name) => cells.has(name))).toEqual(ownNames);
    expect(foreignNames.filter((name) => cells.has(name))).toEqual([]);
    const pupils = await get('institution-students', `school=${foreign[0]}`);
    expect(pupils.status).toBe(400);
  });

  it('addresses notifications to its own district’s parents only', async () => {
    const masks = await audienceMasks(db, department);
    expect(reachOf(masks, ['inst.parents'])).toBe(ownParents.size);
    const saved = await runCommand(db, saveContentCommand, departmentAdmin, { orgId: String(department), draftId: '', title: 'Parents', body: 'Meeting', readBy: '' });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await runCommand(db, saveAudienceCommand, departmentAdmin, { orgId: String(department), draftId: saved.data.draftId, audience: 'inst.parents' })).toMatchObject({ ok: true });
    const published = await runCommand(db, publishCommand, departmentAdmin, { orgId: String(department), draftId: saved.data.draftId });
    if (!published.ok) throw new Error(JSON.stringify(published));
    const recipients = await db.select({ personId: notificationRecipients.personId }).from(notificationRecipients).where(eq(notificationRecipients.notificationId, published.data.notificationId));
    expect(new Set(recipients.map((r) => r.personId))).toEqual(ownParents);
  });

  it('lists no foreign person on the People tab, in any category or count', async () => {
    const network = (await loadPeopleNetwork(db, department))!;
    expect(sorted(network.institutionIds)).toEqual(own);
    const counts = await countPeopleCategories(db, network);
    const all = await countPeople(db, { network, category: { kind: 'all' } });
    expect(counts.all).toBe(all);
    const listed = new Set<number>();
    for (let page = 1; page <= Math.ceil(all / PEOPLE_PAGE_SIZE); page++) for (const row of await searchPeople(db, { network, category: { kind: 'all' }, page })) listed.add(row.personId);
    expect(listed.size).toBe(all);
    expect([...listed].filter((id) => foreignPeople.has(id))).toEqual([]);
  });

  it('does not count a foreign institution it added by hand before, once outside its reach', async () => {
    // What the old rule let the admin do: add a foreign school while the country was its territory.
    await db.insert(subordinateOverrides).values({ authorityId: department, institutionId: foreign[0]!, included: true });
    expect(sorted((await listEffectiveSubordinateInstitutions(db, department)).map((i) => i.id))).toEqual(own);
    const members = await db.select({ personId: memberships.personId }).from(memberships).where(inArray(memberships.organizationId, [foreign[0]!]));
    const network = (await loadPeopleNetwork(db, department))!;
    expect(network.institutionIds).not.toContain(foreign[0]);
    expect(members.length).toBeGreaterThan(0);
  });
});
