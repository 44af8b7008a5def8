import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, institutionTypes, organizations, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { CurrentUser } from '@/lib/auth/permissions';
import { scopeOrganizationIds } from '@/lib/notifications/network';
import { updateContacts } from '@/lib/organizations/settings/commands';
import { closeInstitution, createInstitution, updateInstitution } from '@/lib/organizations/register/commands';
import { getRegisterHistory, listRegister } from '@/lib/organizations/register/queries';
import { REGISTER_PAGE_SIZE } from '@/lib/organizations/register/schemas';
import { territoryAreaIds } from '@/lib/organizations/jurisdiction/territory-area';
import { listEffectiveSubordinateInstitutions } from '@/lib/organizations/subordinates/sets';
import { buildIin } from '@/lib/people/iin';
import { registerReport } from '@/lib/reports/register';
import { runReport } from '@/lib/reports/run';
import { loadReportScope } from '@/lib/reports/scope';
import { addOrganization, addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

/** Issue 12 §1: the register of institutions — create, edit, close within the jurisdiction only. */

const { db } = await useTestDatabase();
const AUTHORITY = 1;
let admin: CurrentUser;
let staff: CurrentUser;
let typeId: number;
let school: number;

/** A valid BIN: 12 digits with the IIN's check digit (buildIin makes such numbers). */
const BIN = buildIin('2001-05-10', 'male', 4321)!;
const BIN_BAD = `${BIN.slice(0, 11)}${(Number(BIN[11]) + 1) % 10}`;

const fields = (over: Record<string, string | string[]> = {}) => ({
  orgId: String(AUTHORITY),
  fullName: 'Жаңа мектеп коммуналдық мемлекеттік мекемесі',
  shortName: 'Жаңа мектеп',
  fullNameRu: 'КГУ «Новая школа»',
  shortNameRu: 'Новая школа',
  institutionTypeId: String(typeId),
  organizationalStructure: 'independent',
  branchOfId: '',
  territoryId: '',
  legalAddress: 'Алматы, Абай к-сі, 1',
  actualAddress: 'Алматы, Абай к-сі, 1',
  phones: '+7 727 111 22 33',
  email: 'new@school.kz',
  website: 'new-school.kz',
  licenceNumber: 'KZ12LAA00001',
  licenceDate: '2020-09-01',
  licenceIssuer: 'Білім саласындағы сапаны қамтамасыз ету комитеті',
  accreditationNumber: 'AK-77',
  accreditationDate: '2021-06-01',
  bin: BIN,
  languages: ['kk', 'ru'],
  ...over,
});

const userByLogin = async (login: string) => currentUser(db, (await db.select({ id: users.id }).from(users).where(eq(users.login, login)))[0]!.id);
const countOrgs = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(organizations))[0]!.n;
const subordinate = async (authorityId = AUTHORITY) => (await listEffectiveSubordinateInstitutions(db, authorityId)).map((i) => i.id);
const reportNames = async () => {
  const scope = (await loadReportScope(db, AUTHORITY, 'en'))!;
  const run = await runReport(db, registerReport, scope, 'en', {}, '2026-12-01');
  if (!run.ok) throw new Error(run.error);
  return run.result.rows as Array<{ id: number; name: string; bin: string; licence: string; accreditation: string; languages: string; head: string }>;
};
const row = async (id: number) => (await db.select().from(organizations).where(eq(organizations.id, id)))[0]!;

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  admin = await userByLogin('admin');
  staff = await userByLogin('staff');
  typeId = (await db.select({ id: institutionTypes.id }).from(institutionTypes).where(eq(institutionTypes.code, 'general_secondary_school')))[0]!.id;
});

describe('creating an institution', () => {
  it('writes every field of F-7.2, makes it subordinate at once, lists it in the register report and records the change', async () => {
    const result = await runCommand(db, createInstitution, admin, fields());
    expect(result).toMatchObject({ ok: true });
    school = (result as { ok: true; data: { id: number } }).data.id;
    expect(await row(school)).toMatchObject({
      kind: 'institution',
      parentId: AUTHORITY,
      shortName: 'Жаңа мектеп',
      shortNameRu: 'Новая школа',
      bin: BIN,
      languages: ['kk', 'ru'],
      licenceDate: '2020-09-01',
      email: 'new@school.kz',
      closedAt: null,
    });
    expect(await subordinate()).toContain(school);
    const listed = (await reportNames()).find((r) => r.id === school);
    expect(listed).toMatchObject({
      name: 'Жаңа мектеп',
      bin: BIN,
      languages: 'language_kk,language_ru',
      licence: '№ KZ12LAA00001, 2020-09-01, Білім саласындағы сапаны қамтамасыз ету комитеті',
      accreditation: '№ AK-77, 2021-06-01',
    });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'organization.register.create'), eq(auditEvents.entityId, String(school))));
    expect(event).toMatchObject({ organizationId: AUTHORITY, actorUserId: admin.id, entity: 'organization' });
    expect(event!.changes.bin).toEqual({ from: null, to: BIN });
  });

  it('refuses bad input beside each field and writes nothing', async () => {
    const before = await countOrgs();
    const refused = await runCommand(db, createInstitution, admin, fields({ bin: BIN_BAD, shortName: '', languages: [], licenceDate: '2999-01-01', email: 'not-mail', organizationalStructure: 'branch' }));
    expect(refused).toMatchObject({
      ok: false,
      messageKey: 'invalid',
      fieldErrors: {
        bin: ['InstitutionRegister.bin_invalid'],
        shortName: ['required'],
        languages: ['InstitutionRegister.languages_required'],
        licenceDate: ['InstitutionRegister.date_future'],
        email: ['Contacts.email_invalid'],
      },
    });
    expect(await runCommand(db, createInstitution, admin, fields({ bin: '12345', organizationalStructure: 'branch' }))).toMatchObject({
      ok: false,
      fieldErrors: { bin: ['InstitutionRegister.bin_invalid'], branchOfId: ['InstitutionRegister.branch_of_required'] },
    });
    // The same BIN twice, a date that is no day, a type that does not exist.
    expect(await runCommand(db, createInstitution, admin, fields())).toMatchObject({ ok: false, fieldErrors: { bin: ['InstitutionRegister.bin_taken'] } });
    expect(await runCommand(db, createInstitution, admin, fields({ bin: '', accreditationDate: '2021-02-30' }))).toMatchObject({ ok: false, fieldErrors: { accreditationDate: ['InstitutionRegister.date_invalid'] } });
    expect(await runCommand(db, createInstitution, admin, fields({ bin: '', institutionTypeId: '999999' }))).toMatchObject({ ok: false, fieldErrors: { institutionTypeId: ['invalid'] } });
    expect(await countOrgs()).toBe(before);
  });

  it('is for an authority\'s admins only: its staff, a school\'s admin and signed-out callers are refused', async () => {
    const before = await countOrgs();
    expect(await runCommand(db, createInstitution, staff, fields({ bin: '' }))).toEqual({ ok: false, messageKey: 'forbidden' });
    const schoolAdmin = await addPerson(db, { surname: 'Admin', name: 'School', orgId: school, role: 'director', rights: { isAdmin: true } });
    const schoolAdminUser = await currentUser(db, schoolAdmin.userId);
    expect(await runCommand(db, createInstitution, schoolAdminUser, fields({ orgId: String(school), bin: '' }))).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, createInstitution, null, fields({ bin: '' }))).toEqual({ ok: false, messageKey: 'unauthenticated' });
    expect(await countOrgs()).toBe(before);
  });
});

describe('editing an institution', () => {
  it('changes the fields and records from → to; the head must be a person of the institution', async () => {
    const outsider = await addPerson(db, { surname: 'Outsider', name: 'Person', orgId: AUTHORITY });
    expect(await runCommand(db, updateInstitution, admin, fields({ institutionId: String(school), headPersonId: String(outsider.personId) }))).toMatchObject({
      ok: false,
      fieldErrors: { headPersonId: ['InstitutionRegister.head_not_staff'] },
    });
    const head = await addPerson(db, { surname: 'Бекова', name: 'Айгүл', orgId: school, role: 'director' });
    const result = await runCommand(db, updateInstitution, admin, fields({ institutionId: String(school), headPersonId: String(head.personId), phones: '+7 727 999 00 00', languages: ['kk'] }));
    expect(result).toEqual({ ok: true, data: { changed: 3 } });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'organization.register.update'), eq(auditEvents.entityId, String(school))));
    expect(event!.changes).toEqual({
      headPersonId: { from: null, to: head.personId },
      phones: { from: '+7 727 111 22 33', to: '+7 727 999 00 00' },
      languages: { from: ['kk', 'ru'], to: ['kk'] },
    });
    expect((await reportNames()).find((r) => r.id === school)?.head).toBe('Бекова Айгүл');
  });

  it('makes a branch of another institution of the jurisdiction, never of itself', async () => {
    const [main] = (await listEffectiveSubordinateInstitutions(db, AUTHORITY)).filter((i) => i.id !== school);
    expect(await runCommand(db, updateInstitution, admin, fields({ institutionId: String(school), organizationalStructure: 'branch', branchOfId: String(school) }))).toMatchObject({
      ok: false,
      fieldErrors: { branchOfId: ['InstitutionRegister.branch_of_invalid'] },
    });
    expect(await runCommand(db, updateInstitution, admin, fields({ institutionId: String(school), organizationalStructure: 'branch', branchOfId: String(main!.id) }))).toMatchObject({ ok: true });
    expect(await row(school)).toMatchObject({ organizationalStructure: 'branch', branchOfId: main!.id });
  });

  it('is refused for an institution outside the authority\'s jurisdiction', async () => {
    const other = await addOrganization(db, { name: 'Other department', kind: 'authority' });
    const otherAdmin = await currentUser(db, (await addPerson(db, { surname: 'Other', name: 'Admin', orgId: other, rights: { isAdmin: true } })).userId);
    const before = await row(school);
    expect(await runCommand(db, updateInstitution, otherAdmin, fields({ orgId: String(other), institutionId: String(school), bin: '' }))).toEqual({ ok: false, messageKey: 'InstitutionRegister.not_in_jurisdiction' });
    expect(await runCommand(db, closeInstitution, otherAdmin, { orgId: String(other), institutionId: String(school), close: 'close' })).toEqual({ ok: false, messageKey: 'InstitutionRegister.not_in_jurisdiction' });
    // An authority is not an institution of the register either.
    expect(await runCommand(db, closeInstitution, admin, { orgId: String(AUTHORITY), institutionId: String(other), close: 'close' })).toEqual({ ok: false, messageKey: 'InstitutionRegister.not_in_jurisdiction' });
    expect(await row(school)).toEqual(before);
    expect((await listRegister(db, { authorityId: other, status: 'open', q: '', page: 1, locale: 'en' })).total).toBe(0);
  });

  it('reads each page with the whole list\'s total, also past the last page, and finds 50%_ as typed', async () => {
    const list = (page: number, q = '') => listRegister(db, { authorityId: AUTHORITY, status: 'open', q, page, locale: 'en' });
    const first = await list(1);
    const pages = Math.ceil(first.total / REGISTER_PAGE_SIZE);
    // The demo region's register spans more than one page.
    expect(pages).toBeGreaterThan(1);
    const all = [];
    for (let page = 1; page <= pages; page++) {
      const one = await list(page);
      expect(one.total).toBe(first.total);
      all.push(...one.rows.map((r) => r.id));
    }
    expect(new Set(all).size).toBe(first.total);
    expect(await list(pages + 5)).toEqual({ rows: [], total: first.total });
    // % and _ are letters to look for, not wildcards.
    expect((await list(1, '%_')).total).toBe(0);
  });

  it('leaves a school\'s own admins their contacts only, not the type or territory', async () => {
    const schoolAdmin = await currentUser(db, (await addPerson(db, { surname: 'Own', name: 'Admin', orgId: school, rights: { isAdmin: true } })).userId);
    const otherType = (await db.select({ id: institutionTypes.id }).from(institutionTypes).where(eq(institutionTypes.code, 'lyceum')))[0]!.id;
    const result = await runCommand(db, updateContacts, schoolAdmin, { orgId: String(school), legalAddress: 'Алматы, Абай к-сі, 2', actualAddress: '', phones: '', fax: '', email: '', website: '', institutionTypeId: String(otherType), territoryId: '1' });
    expect(result).toMatchObject({ ok: true });
    expect(await row(school)).toMatchObject({ legalAddress: 'Алматы, Абай к-сі, 2', institutionTypeId: typeId, territoryId: null });
    expect(await runCommand(db, updateInstitution, schoolAdmin, fields({ orgId: String(school), institutionId: String(school) }))).toEqual({ ok: false, messageKey: 'forbidden' });
  });
});

describe('closing an institution', () => {
  it('archives it: it leaves the subordinate set, the report and the audiences; its row and history stay', async () => {
    expect(await runCommand(db, closeInstitution, staff, { orgId: String(AUTHORITY), institutionId: String(school), close: 'close' })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, closeInstitution, admin, { orgId: String(AUTHORITY), institutionId: String(school), close: 'close' })).toEqual({ ok: true, data: { changed: 1 } });
    expect((await row(school)).closedAt).not.toBeNull();
    expect(await subordinate()).not.toContain(school);
    expect((await reportNames()).map((r) => r.id)).not.toContain(school);
    const audience = await db.execute<{ id: number }>(sql`select id from (${scopeOrganizationIds(AUTHORITY, 'network')}) as s(id)`);
    expect(audience.map((a) => Number(a.id))).not.toContain(school);
    expect((await listRegister(db, { authorityId: AUTHORITY, status: 'closed', q: '', page: 1, locale: 'en' })).rows.map((r) => r.id)).toEqual([school]);
    const history = await getRegisterHistory(db, { institutionId: school, page: 1 });
    expect(history.rows.map((r) => r.action)).toEqual(['organization.register.close', 'organization.contacts.update', 'organization.register.update', 'organization.register.update', 'organization.register.create']);
  });

  it('can be undone: reopening brings it back', async () => {
    expect(await runCommand(db, closeInstitution, admin, { orgId: String(AUTHORITY), institutionId: String(school), close: 'reopen' })).toEqual({ ok: true, data: { changed: 1 } });
    expect(await subordinate()).toContain(school);
    expect((await reportNames()).map((r) => r.id)).toContain(school);
  });
});

describe('lower authorities (subordinate organisations) in the register', () => {
  let district: number;
  const authorityFields = (over: Record<string, string | string[]> = {}) =>
    fields({ kind: 'authority', fullName: 'Жаңа аудандық білім бөлімі', shortName: 'Жаңа АББ', institutionTypeId: '', languages: [], licenceNumber: '', licenceDate: '', licenceIssuer: '', accreditationNumber: '', accreditationDate: '', bin: '', ...over });
  const grouped = async () => {
    const scope = (await loadReportScope(db, AUTHORITY, 'en'))!;
    const run = await runReport(db, registerReport, scope, 'en', { form: 'types' }, '2026-12-01');
    if (!run.ok) throw new Error(run.error);
    return run.result;
  };

  it('an authority’s admin creates one under it: no type or languages, every type subordinate, not in the F-7.2 report', async () => {
    const result = await runCommand(db, createInstitution, admin, authorityFields());
    expect(result).toMatchObject({ ok: true });
    district = (result as { ok: true; data: { id: number } }).data.id;
    expect(await row(district)).toMatchObject({ kind: 'authority', parentId: AUTHORITY, institutionTypeId: null, languages: [], organizationalStructure: 'independent', shortName: 'Жаңа АББ' });
    const [types] = await db.execute<{ chosen: number; all: number }>(sql`
      select (select count(*)::int from subordinate_types where authority_id = ${district}) as chosen, (select count(*)::int from institution_types) as "all"`);
    expect(types!.chosen).toBe(types!.all);
    const listed = (await listRegister(db, { authorityId: AUTHORITY, status: 'open', q: 'Жаңа АББ', page: 1, locale: 'en' })).rows;
    expect(listed.map((r) => [r.id, r.kind])).toEqual([[district, 'authority']]);
    // F-7.2 is the register of institutions (its total counts institutions): a lower authority is not in it.
    const report = await grouped();
    expect((report.rows as Array<{ id: number }>).some((r) => r.id === district)).toBe(false);
    expect((await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'organization.register.create'), eq(auditEvents.entityId, String(district))))).length).toBe(1);
  });

  it('created with a territory inside the authority’s jurisdiction, it gets that territory as its own jurisdiction', async () => {
    // A territory of the authority's jurisdiction where one of its institutions is located.
    const [place] = await db.execute<{ territoryId: number; institutionId: number }>(sql`
      select o.territory_id as "territoryId", o.id as "institutionId" from organizations o, organizations a
      where a.id = ${AUTHORITY} and o.kind = 'institution' and o.closed_at is null and o.territory_id <> a.jurisdiction_territory_id
        and o.territory_id in ${territoryAreaIds(sql`a.jurisdiction_territory_id`)}
      order by o.id limit 1`);
    expect(place).toBeDefined();
    const made = (await runCommand(db, createInstitution, admin, authorityFields({ shortName: 'Аумақ АББ', fullName: 'Аумақтық білім бөлімі', territoryId: String(place!.territoryId) }))) as { ok: true; data: { id: number } };
    expect(made.ok).toBe(true);
    expect((await row(made.data.id)).jurisdictionTerritoryId).toBe(place!.territoryId);
    expect(await subordinate(made.data.id)).toContain(place!.institutionId);
    expect((await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'organization.jurisdiction.update'), eq(auditEvents.entityId, String(made.data.id))))).length).toBe(1);
    // Created without a territory (the first test's district): its own structure only.
    expect((await row(district)).jurisdictionTerritoryId).toBeNull();
  });

  it('an institution still needs its type and languages; a lower authority is never a branch', async () => {
    expect(await runCommand(db, createInstitution, admin, fields({ institutionTypeId: '', languages: [], bin: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { institutionTypeId: ['required'], languages: ['InstitutionRegister.languages_required'] },
    });
    expect(await runCommand(db, createInstitution, admin, authorityFields({ organizationalStructure: 'branch' }))).toMatchObject({ ok: false, fieldErrors: { organizationalStructure: ['invalid'] } });
  });

  it('is edited and closed like an institution, and its kind stays', async () => {
    expect(await runCommand(db, updateInstitution, admin, authorityFields({ institutionId: String(district), phones: '+7 727 222 33 44' }))).toEqual({ ok: true, data: { changed: 1 } });
    expect((await row(district)).phones).toBe('+7 727 222 33 44');
    // Sent as an institution (a type given), it is not the organisation the register holds.
    expect(await runCommand(db, updateInstitution, admin, fields({ institutionId: String(district), bin: '' }))).toEqual({ ok: false, messageKey: 'InstitutionRegister.not_in_jurisdiction' });
    expect(await runCommand(db, closeInstitution, admin, { orgId: String(AUTHORITY), institutionId: String(district), close: 'close' })).toEqual({ ok: true, data: { changed: 1 } });
    expect((await row(district)).closedAt).not.toBeNull();
    expect((await grouped()).rows.map((r) => (r as { id: number }).id)).not.toContain(district);
    expect((await listRegister(db, { authorityId: AUTHORITY, status: 'closed', q: 'Жаңа АББ', page: 1, locale: 'en' })).rows.map((r) => r.id)).toEqual([district]);
    expect(await runCommand(db, closeInstitution, admin, { orgId: String(AUTHORITY), institutionId: String(district), close: 'reopen' })).toEqual({ ok: true, data: { changed: 1 } });
  });

  it('its own admins keep to their jurisdiction: their own lower authorities, never the one above nor a sibling', async () => {
    const districtAdmin = await currentUser(db, (await addPerson(db, { surname: 'District', name: 'Admin', orgId: district, rights: { isAdmin: true } })).userId);
    const sibling = (await runCommand(db, createInstitution, admin, authorityFields({ shortName: 'Көрші АББ', fullName: 'Көрші аудандық білім бөлімі' }))) as { ok: true; data: { id: number } };
    for (const target of [AUTHORITY, sibling.data.id]) {
      expect(await runCommand(db, closeInstitution, districtAdmin, { orgId: String(district), institutionId: String(target), close: 'close' })).toEqual({ ok: false, messageKey: 'InstitutionRegister.not_in_jurisdiction' });
    }
    // Nor itself through the register above it.
    expect(await runCommand(db, closeInstitution, districtAdmin, { orgId: String(AUTHORITY), institutionId: String(district), close: 'close' })).toEqual({ ok: false, messageKey: 'forbidden' });
    const below = (await runCommand(db, createInstitution, districtAdmin, authorityFields({ orgId: String(district), shortName: 'Ауыл бөлімі', fullName: 'Ауылдық білім бөлімі' }))) as { ok: true; data: { id: number } };
    expect(await row(below.data.id)).toMatchObject({ kind: 'authority', parentId: district });
    // The one above sees it in its register too (the parent chain).
    expect((await listRegister(db, { authorityId: AUTHORITY, status: 'open', q: 'Ауыл бөлімі', page: 1, locale: 'en' })).rows.map((r) => r.id)).toEqual([below.data.id]);
  });
});
