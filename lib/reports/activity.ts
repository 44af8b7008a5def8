import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { sortByName } from '@/lib/i18n/collate';
import type { ReportColumn, ReportDefinition } from './definition';
import { type Parsed, parseTerritory, selectInstitutions, type TerritoryFilter, territoryParams } from './territory';
import type { SearchParams } from '@/lib/search-params';
import { idArray, parseDay } from './params';
import { single } from '@/lib/search-params';

/**
 * F-7.4 Kundelik activity (figure 18): per municipality or per institution, the people of the
 * institutions, how many of them registered, by role, and the sign-ins of the last day, week
 * and month counted as unique users a day (from the organization_sign_in_days rollup).
 */

export type ActivityForm = 'municipalities' | 'institutions';
export type ActivityFilters = { territory: TerritoryFilter; form: ActivityForm; on: string };

export type ActivityCounts = {
  people: number;
  users: number;
  staff: number;
  staffUsers: number;
  students: number;
  studentUsers: number;
  parents: number;
  parentUsers: number;
  day: number;
  week: number;
  month: number;
};

export type ActivityRow = ActivityCounts & { name: string; institutionId: number | null };

const EMPTY: ActivityCounts = { people: 0, users: 0, staff: 0, staffUsers: 0, students: 0, studentUsers: 0, parents: 0, parentUsers: 0, day: 0, week: 0, month: 0 };

/** Whole percent of registered people, rounded down as figure 18 shows it (1056 of 1772 → 59). */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole);
}

export function addCounts(a: ActivityCounts, b: ActivityCounts): ActivityCounts {
  const sum = { ...a };
  for (const key of Object.keys(EMPTY) as Array<keyof ActivityCounts>) sum[key] = a[key] + b[key];
  return sum;
}

/**
 * Per institution: a person counts once in "people" however many roles they hold there, and
 * once in each role column; registered means the person has a login. Archived members are out.
 */
export async function activityByInstitution(db: Database, institutionIds: readonly number[], on: string): Promise<Map<number, ActivityCounts>> {
  const ids = idArray(institutionIds);
  // People counts come from the organization_people rollup, recounted by triggers on every
  // change of memberships or users (db/migrations-manual/journal.sql).
  const people = await db.execute<Record<'organization_id' | 'people' | 'users' | 'staff' | 'staff_users' | 'students' | 'student_users' | 'parents' | 'parent_users', number>>(sql`
    select organization_id, people, users, staff, staff_users, students, student_users, parents, parent_users
    from organization_people where organization_id = any(${ids}::int[])`);
  const signIns = await db.execute<{ organization_id: number; day: number; week: number; month: number }>(sql`
    select organization_id,
      coalesce(sum(users) filter (where day = ${on}::date), 0)::int as day,
      coalesce(sum(users) filter (where day > ${on}::date - 7), 0)::int as week,
      coalesce(sum(users), 0)::int as month
    from organization_sign_in_days
    where organization_id = any(${ids}::int[]) and day > ${on}::date - 30 and day <= ${on}::date
    group by organization_id`);
  const counts = new Map<number, ActivityCounts>(institutionIds.map((id) => [id, { ...EMPTY }]));
  for (const r of people) {
    Object.assign(counts.get(r.organization_id)!, {
      people: r.people,
      users: r.users,
      staff: r.staff,
      staffUsers: r.staff_users,
      students: r.students,
      studentUsers: r.student_users,
      parents: r.parents,
      parentUsers: r.parent_users,
    });
  }
  for (const r of signIns) Object.assign(counts.get(r.organization_id)!, { day: r.day, week: r.week, month: r.month });
  return counts;
}

function parse(params: SearchParams, scope: Parameters<typeof selectInstitutions>[0], today: string): Parsed<ActivityFilters> {
  const territory = parseTerritory(params);
  if (!territory.ok) return territory;
  const selected = selectInstitutions(scope, territory.value);
  if (!selected.ok) return selected;
  const formParam = single(params.form);
  if (formParam !== undefined && formParam !== '' && formParam !== 'municipalities' && formParam !== 'institutions') return { ok: false, error: 'filter_invalid' };
  const on = parseDay(single(params.on), today);
  if (!on.ok) return on;
  return { ok: true, value: { territory: territory.value, form: formParam === 'institutions' ? 'institutions' : 'municipalities', on: on.value } };
}

const count = (label: string, group: string, value: (r: ActivityRow) => number): ReportColumn<ActivityRow> => ({ key: `${group}_${label}`, label, group, kind: 'integer', value });

export const activityReport: ReportDefinition<ActivityFilters, ActivityRow> = {
  key: 'activity',
  namespace: 'ReportActivity',
  numbered: true,
  parse,
  async run({ db, scope, locale }, filters) {
    const institutions = selectInstitutions(scope, filters.territory);
    if (!institutions.ok) return { rows: [] };
    const counts = await activityByInstitution(
      db,
      institutions.value.map((i) => i.id),
      filters.on,
    );
    let rows: ActivityRow[];
    if (filters.form === 'institutions') {
      rows = institutions.value.map((i) => ({ ...counts.get(i.id)!, name: i.shortName, institutionId: i.id }));
    } else {
      // A municipality's row adds up its institutions' rows, so the rows add up to the total.
      const byMunicipality = new Map<string, ActivityRow>();
      for (const i of institutions.value) {
        const row = byMunicipality.get(i.municipality) ?? { ...EMPTY, name: i.municipality, institutionId: null };
        byMunicipality.set(i.municipality, { ...addCounts(row, counts.get(i.id)!), name: row.name, institutionId: null });
      }
      rows = sortByName([...byMunicipality.values()], locale, (r) => r.name);
    }
    const totals = rows.reduce<ActivityRow>((sum, r) => ({ ...addCounts(sum, r), name: '', institutionId: null }), { ...EMPTY, name: '', institutionId: null });
    return { rows, totals };
  },
  columns: (filters) => [
    { key: 'name', label: filters.form === 'institutions' ? 'col_institution' : 'col_municipality', kind: 'text', value: (r) => r.name },
    count('col_total', 'group_users', (r) => r.people),
    count('col_registered', 'group_users', (r) => r.users),
    { key: 'percent', label: 'col_percent', group: 'group_users', kind: 'percent', value: (r) => percentOf(r.users, r.people) },
    count('col_total', 'group_staff', (r) => r.staff),
    count('col_registered', 'group_staff', (r) => r.staffUsers),
    count('col_total', 'group_students', (r) => r.students),
    count('col_registered', 'group_students', (r) => r.studentUsers),
    count('col_total', 'group_parents', (r) => r.parents),
    count('col_registered', 'group_parents', (r) => r.parentUsers),
    count('col_day', 'group_sign_ins', (r) => r.day),
    count('col_week', 'group_sign_ins', (r) => r.week),
    count('col_month', 'group_sign_ins', (r) => r.month),
  ],
  chart: () => ({
    category: (r) => r.name,
    series: [
      { key: 'people', label: 'chart_people', value: (r) => r.people },
      { key: 'users', label: 'chart_users', value: (r) => r.users },
      { key: 'month', label: 'chart_month', value: (r) => r.month },
    ],
  }),
  params: (filters) => ({ ...territoryParams(filters.territory), form: filters.form, on: filters.on }),
};
