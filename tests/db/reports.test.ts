import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships, organizationPeople, users } from '@/db/schema';
import { activityReport, type ActivityRow } from '@/lib/reports/activity';
import { attestationDueReport, attestationReport, type AttestationRow } from '@/lib/reports/attestation';
import { registerReport } from '@/lib/reports/register';
import { runReport } from '@/lib/reports/run';
import { loadReportScope, type ReportScope } from '@/lib/reports/scope';
import type { SearchParams } from '@/lib/search-params';
import { subordinateInstitutionIds } from '@/lib/organizations/subordinates/sets';
import type { AnyReportDefinition } from '@/lib/reports/definition';
import { buildReportFixture, type Fixture } from './report-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const TODAY = '2026-11-28';
let fx: Fixture;
let scope: ReportScope;

beforeAll(async () => {
  fx = await buildReportFixture(db);
  scope = (await loadReportScope(db, fx.authority, 'en'))!;
});

async function run(definition: AnyReportDefinition, params: SearchParams, today = TODAY) {
  const result = await runReport(db, definition, scope, 'en', params, today);
  if (!result.ok) throw new Error(`report refused: ${result.error}`);
  return result.result;
}

const counts = (r: ActivityRow) => [r.people, r.users, r.staff, r.staffUsers, r.students, r.studentUsers, r.parents, r.parentUsers, r.day, r.week, r.month];

describe('report scope', () => {
  it('takes the authority’s institutions, leaves out the excluded one and other authorities’ schools', async () => {
    const { s1, s2, s3 } = fx.schools;
    expect(await subordinateInstitutionIds(db, fx.authority)).toEqual([s1, s2, s3]);
    expect(scope.institutions.map((i) => i.shortName).sort()).toEqual(['Alpha school', 'Beta gymnasium', 'Gamma school']);
    expect(scope.districts.map((d) => d.name)).toEqual(['City D2', 'District D1']);
    expect(await loadReportScope(db, fx.schools.s1, 'en')).toBeNull();
  });
});

describe('F-7.4 Kundelik activity', () => {
  it('counts people, users by role and unique users a day per institution, as worked out by hand', async () => {
    const result = await run(activityReport, { form: 'institutions' });
    const byName = Object.fromEntries(result.rows.map((r) => [(r as ActivityRow).name, counts(r as ActivityRow)]));
    // Alpha: Dana (director+teacher), Timur (teacher+parent), Tolkyn, Sara, Sanzhar, Pavel; Sabina is archived.
    // Day 28th: Dana (three sign-ins, one at 00:30 local that is the 27th in UTC) and Pavel.
    // Week 22nd–28th: + Timur on the 27th (23:30 local) and the 25th. Month: + Sara on the 20th.
    expect(byName['Alpha school']).toEqual([6, 4, 3, 2, 2, 1, 2, 2, 2, 4, 5]);
    // Beta: Talgat signed in on 15 October only — more than 30 days before.
    expect(byName['Beta gymnasium']).toEqual([2, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(byName['Gamma school']).toEqual([2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(Object.keys(byName)).toHaveLength(3);
    expect(counts(result.totals as ActivityRow)).toEqual([10, 7, 5, 4, 4, 2, 2, 2, 2, 4, 5]);
  });

  it('adds institutions up per district or city, with the percent of registered people', async () => {
    const result = await run(activityReport, {});
    const table = result.rows.map((r) => [(r as ActivityRow).name, ...counts(r as ActivityRow)]);
    expect(table).toEqual([
      ['City D2', 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
      ['District D1', 8, 6, 4, 3, 3, 2, 2, 2, 2, 4, 5],
    ]);
    const tabulated = activityReport.columns({ territory: {}, form: 'municipalities', on: TODAY });
    const percent = tabulated.find((c) => c.key === 'percent')!;
    expect(result.rows.map((r) => percent.value(r as ActivityRow))).toEqual([50, 75]);
    expect(percent.value(result.totals as ActivityRow)).toBe(70);
  });

  it('counts the days up to the chosen date, in the organisation’s time zone', async () => {
    // As of the 27th: Timur's 23:30 sign-in is that day; Dana's 00:30 is already the 28th.
    const on27 = await run(activityReport, { form: 'institutions', school: String(fx.schools.s1), on: '2026-11-27' });
    expect(counts(on27.rows[0] as ActivityRow).slice(8)).toEqual([1, 2, 3]);
  });

  it('filters by district and type', async () => {
    const d1 = await run(activityReport, { district: String(fx.districts.d1), form: 'institutions' });
    expect(d1.rows.map((r) => (r as ActivityRow).name)).toEqual(['Alpha school', 'Beta gymnasium']);
    const t2 = await run(activityReport, { type: String(fx.types.t2) });
    expect(t2.rows.map((r) => [(r as ActivityRow).name, (r as ActivityRow).people])).toEqual([['District D1', 2]]);
  });

  it('refuses a district, institution or type outside the authority and malformed filters', async () => {
    const refuse = async (params: SearchParams) => (await runReport(db, activityReport, scope, 'en', params, TODAY)).ok === false && (await runReport(db, activityReport, scope, 'en', params, TODAY));
    expect(await refuse({ district: String(fx.districts.d3) })).toMatchObject({ error: 'district_unknown' });
    expect(await refuse({ school: String(fx.schools.s5) })).toMatchObject({ error: 'school_unknown' });
    expect(await refuse({ school: String(fx.schools.s4) })).toMatchObject({ error: 'school_unknown' });
    expect(await refuse({ type: '999999' })).toMatchObject({ error: 'type_unknown' });
    for (const bad of [{ district: 'abc' }, { school: '-1' }, { school: '1e3' }, { district: '99999999999' }, { form: 'pivot' }]) {
      expect(await refuse(bad as SearchParams), JSON.stringify(bad)).toMatchObject({ error: 'filter_invalid' });
    }
    for (const on of ['2026-13-01', '2026-02-30', '28.11.2026', '2026-11-29']) expect(await refuse({ on }), on).toMatchObject({ error: 'date_invalid' });
  });
});

describe('F-7.1 Teacher attestation', () => {
  const matrix = (rows: unknown[]) =>
    Object.fromEntries(
      (rows as AttestationRow[]).map((r) => [r.role ?? 'total', { total: r.total, ...Object.fromEntries(Object.entries(r.counts).filter(([, n]) => n > 0)) }]),
    );

  it('counts role × category, a person with two roles once in the totals', async () => {
    const result = await run(attestationReport, {});
    expect(matrix([...result.rows, result.totals])).toEqual({
      director: { total: 1, expert: 1 },
      deputy_director: { total: 0 },
      head_of_studies: { total: 1, master: 1 },
      teacher: { total: 4, expert: 1, moderator: 1, none: 1, highest: 1 },
      total: { total: 5, expert: 1, moderator: 1, none: 1, highest: 1, master: 1 },
    });
  });

  it('counts only the ticked roles and categories', async () => {
    const result = await run(attestationReport, { set: '1', role: 'teacher', category: ['expert', 'none'] });
    expect(matrix([...result.rows, result.totals])).toEqual({ teacher: { total: 2, expert: 1, none: 1 }, total: { total: 2, expert: 1, none: 1 } });
    // Those without a category alone, and a category alone (no "none"): each filter's branch. The
    // director and the teacher who are experts are one person (Dana), counted once in the total.
    const withoutCategory = await run(attestationReport, { set: '1', role: ['director', 'teacher'], category: 'none' });
    expect(matrix([...withoutCategory.rows, withoutCategory.totals])).toEqual({ director: { total: 0 }, teacher: { total: 1, none: 1 }, total: { total: 1, none: 1 } });
    const experts = await run(attestationReport, { set: '1', role: ['director', 'teacher'], category: 'expert' });
    expect(matrix([...experts.rows, experts.totals])).toEqual({ director: { total: 1, expert: 1 }, teacher: { total: 1, expert: 1 }, total: { total: 1, expert: 1 } });
    expect(await runReport(db, attestationReport, scope, 'en', { set: '1', category: 'expert' }, TODAY)).toEqual({ ok: false, error: 'choose_role_and_category' });
    expect(await runReport(db, attestationReport, scope, 'en', { role: 'janitor' }, TODAY)).toEqual({ ok: false, error: 'filter_invalid' });
  });

  it('lists who is due within twelve months, the overdue first', async () => {
    const due = await run(attestationDueReport, {});
    expect(due.rows.map((r) => [(r as { personName: string }).personName, (r as { dueDate: string }).dueDate, (r as { roles: string }).roles])).toEqual([
      ['Talgat N', '2025-05-05', 'role_teacher'],
      ['Dana N', '2026-12-01', 'role_director,role_teacher'],
      ['Khadisha N', '2027-01-15', 'role_head_of_studies'],
    ]);
    // A year earlier only Talgat's date had come within twelve months.
    const earlier = await run(attestationDueReport, {}, '2025-11-28');
    expect(earlier.rows.map((r) => (r as { personName: string }).personName)).toEqual(['Talgat N']);
  });

  it('reads one page of the due list at a time, in the order of the whole list, with how many in all', async () => {
    const whole = (await run(attestationDueReport, {})).rows;
    expect(whole).toHaveLength(3);
    const page = async (limit: number, offset: number) => {
      const result = await runReport(db, attestationDueReport, scope, 'en', {}, TODAY, { limit, offset });
      if (!result.ok) throw new Error(result.error);
      return { rows: result.result.rows, total: result.rowCount };
    };
    expect(await page(2, 0)).toEqual({ rows: whole.slice(0, 2), total: 3 });
    expect(await page(2, 2)).toEqual({ rows: whole.slice(2), total: 3 });
    // Past the last page: no rows, and still the total.
    expect(await page(2, 4)).toEqual({ rows: [], total: 3 });
    // The register has no page reader: a window reads it whole.
    const register = await runReport(db, registerReport, scope, 'en', {}, TODAY, { limit: 1, offset: 0 });
    expect(register.ok && register.result.rows.length).toBe(3);
  });
});

describe('F-7.2 Register of institutions', () => {
  it('lists every selected institution with its fields, "no data" left to the view', async () => {
    const result = await run(registerReport, {});
    expect(result.rows.map((r) => r as Record<string, unknown>).map((r) => [r.name, r.typeName, r.structure, r.head, r.contacts, r.licence])).toEqual([
      ['Alpha school', 'School', 'independent', 'Dana N', '8 (727) 111-11-11; alpha@edu.kz', ''],
      ['Beta gymnasium', 'Gymnasium', 'branch', '', '', ''],
      ['Gamma school', 'School', 'independent', '', '', 'KZ-123'],
    ]);
  });

  it('groups by institution type in the second form', async () => {
    const result = await run(registerReport, { form: 'types' });
    expect(result.sections!.map((s) => [s.title, s.rows.map((r) => (r as { name: string }).name)])).toEqual([
      ['School', ['Alpha school', 'Gamma school']],
      ['Gymnasium', ['Beta gymnasium']],
    ]);
  });
});

describe('people counts kept current by the database (runs last: it changes the fixture)', () => {
  const alpha = async () => {
    const rows = await db.select().from(organizationPeople).where(eq(organizationPeople.organizationId, fx.schools.s1));
    const r = rows[0]!;
    return [r.people, r.users, r.staff, r.staffUsers, r.students, r.studentUsers, r.parents, r.parentUsers];
  };

  it('recounts an organisation when someone registers, is archived, restored or changes role', async () => {
    expect(await alpha()).toEqual([6, 4, 3, 2, 2, 1, 2, 2]);
    await db.insert(users).values({ personId: fx.people.sanzhar.personId, login: 'fx-sanzhar', passwordHash: 'x' });
    expect(await alpha()).toEqual([6, 5, 3, 2, 2, 2, 2, 2]);
    await db.update(memberships).set({ archivedAt: new Date() }).where(eq(memberships.personId, fx.people.pavel.personId));
    expect(await alpha()).toEqual([5, 4, 3, 2, 2, 2, 1, 1]);
    await db.update(memberships).set({ archivedAt: null }).where(eq(memberships.personId, fx.people.pavel.personId));
    expect(await alpha()).toEqual([6, 5, 3, 2, 2, 2, 2, 2]);
    // Tolkyn moves from teaching to being a parent: staff −1, parents +1, people the same.
    await db.update(memberships).set({ role: 'parent' }).where(eq(memberships.personId, fx.people.tolkyn.personId));
    expect(await alpha()).toEqual([6, 5, 2, 2, 2, 2, 3, 2]);
    await db.delete(memberships).where(eq(memberships.personId, fx.people.tolkyn.personId));
    expect(await alpha()).toEqual([5, 5, 2, 2, 2, 2, 2, 2]);
  });
});
