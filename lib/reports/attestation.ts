import { sql, type SQL } from 'drizzle-orm';
import type { ReportColumn, ReportContext, ReportDefinition } from './definition';
import { idArray, parseChoices, textArray } from './params';
import type { ReportScope, ScopeInstitution } from './scope';
import { type Parsed, parseTerritory, selectInstitutions, type TerritoryFilter, territoryParams } from './territory';
import type { SearchParams } from '@/lib/search-params';
import { single } from '@/lib/search-params';
import { limitInStatement, withTotal } from '@/lib/pagination';

/**
 * F-7.1 Teacher attestation (figure 15): teaching staff of the selected institutions counted by
 * role × qualification category, each role and category a checkbox; and the people whose next
 * attestation (five years after the last) falls due within twelve months, overdue included.
 */

export const ATTESTATION_ROLES = ['director', 'deputy_director', 'head_of_studies', 'teacher'] as const;
export const CATEGORIES = ['pedagog', 'moderator', 'expert', 'researcher', 'master', 'highest', 'first', 'second', 'none'] as const;
export type AttestationRole = (typeof ATTESTATION_ROLES)[number];
export type Category = (typeof CATEGORIES)[number];

export type AttestationFilters = { territory: TerritoryFilter; roles: AttestationRole[]; categories: Category[] };

/** One role's counts per category; the totals row (role null) counts each person once. */
export type AttestationRow = { role: AttestationRole | null; counts: Record<Category, number>; total: number };

export function parseAttestationFilters(params: SearchParams, scope: ReportScope): Parsed<AttestationFilters> {
  const territory = parseTerritory(params);
  if (!territory.ok) return territory;
  const selected = selectInstitutions(scope, territory.value);
  if (!selected.ok) return selected;
  // A submitted form carries `set`: then no box ticked means none, not all.
  const submitted = single(params.set) === '1';
  const roles = parseChoices(params.role ?? (submitted ? [] : undefined), ATTESTATION_ROLES);
  const categories = parseChoices(params.category ?? (submitted ? [] : undefined), CATEGORIES);
  if (!roles.ok) return roles;
  if (!categories.ok) return categories;
  if (roles.value.length === 0 || categories.value.length === 0) return { ok: false, error: 'choose_role_and_category' };
  return { ok: true, value: { territory: territory.value, roles: roles.value, categories: categories.value } };
}

/**
 * The filters as address parameters, for the export and print links. A list that holds every
 * choice is left out (none given means all) and so is `set`, which only a submitted form needs:
 * the default report's six links were 1.6 KB of repeated role and category names, twice in the
 * page (issue 13). Both lists are never empty here (parsing refuses that).
 */
export function attestationParams(filters: AttestationFilters): Record<string, string | string[]> {
  return {
    ...territoryParams(filters.territory),
    ...(filters.roles.length < ATTESTATION_ROLES.length ? { role: filters.roles } : {}),
    ...(filters.categories.length < CATEGORIES.length ? { category: filters.categories } : {}),
  };
}

/**
 * The memberships (alias `m`) both reports read: active, in the institutions chosen, of the roles
 * and categories ticked. The category is compared as the enum it is, and not at all when every
 * category is ticked (the default): its text per membership was a third of the report's time in
 * PostgreSQL (issue 13).
 */
function chosenStaff(institutions: readonly ScopeInstitution[], filters: AttestationFilters): SQL {
  const staff = sql`m.archived_at is null and m.organization_id = any(${idArray(institutions.map((i) => i.id))}::int[])
    and m.role = any(${textArray(filters.roles)}::membership_role[])`;
  if (filters.categories.length === CATEGORIES.length) return staff;
  const given = filters.categories.filter((c) => c !== 'none');
  const withoutCategory = filters.categories.includes('none') ? sql` or m.category is null` : sql``;
  return sql`${staff} and (m.category = any(${textArray(given)}::teacher_category[])${withoutCategory})`;
}

const emptyCounts = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

export const attestationReport: ReportDefinition<AttestationFilters, AttestationRow> = {
  key: 'attestation',
  namespace: 'ReportAttestation',
  parse: (params, scope) => parseAttestationFilters(params, scope),
  async run({ db, scope }, filters) {
    const selected = selectInstitutions(scope, filters.territory);
    if (!selected.ok) return { rows: [] };
    // grouping sets give each role × category cell, each role's total, each category's and the
    // grand total in one pass, every one of them counting distinct people. Grouped by the enums,
    // not their text; grouping() tells a total's row from the cell of people without a category.
    const found = await db.execute<{ role: AttestationRole | null; category: Category | null; all_roles: number; all_categories: number; people: number }>(sql`
      select m.role, m.category, grouping(m.role) as all_roles, grouping(m.category) as all_categories, count(distinct m.person_id)::int as people
      from memberships m
      where ${chosenStaff(selected.value, filters)}
      group by grouping sets ((m.role, m.category), (m.role), (m.category), ())`);
    const rows = new Map<AttestationRole, AttestationRow>(filters.roles.map((role) => [role, { role, counts: emptyCounts(), total: 0 }]));
    const totals: AttestationRow = { role: null, counts: emptyCounts(), total: 0 };
    for (const r of found) {
      const row = r.all_roles ? totals : rows.get(r.role!)!;
      if (r.all_categories) row.total = r.people;
      else row.counts[r.category ?? 'none'] = r.people;
    }
    return { rows: [...rows.values()], totals };
  },
  columns: (filters) => [
    { key: 'role', label: 'col_role', kind: 'text', value: (r) => (r.role === null ? '' : `role_${r.role}`), translated: true },
    ...filters.categories.map((category): ReportColumn<AttestationRow> => ({
      key: category,
      label: `category_${category}`,
      group: 'group_categories',
      kind: 'integer',
      value: (r) => r.counts[category],
    })),
    { key: 'total', label: 'col_total', kind: 'integer', value: (r) => r.total },
  ],
  chart: (filters) => ({
    category: (r) => `role_${r.role}`,
    stacked: true,
    translateCategory: true,
    series: filters.categories.map((category) => ({ key: category, label: `category_${category}`, value: (r: AttestationRow) => r.counts[category] })),
  }),
  params: attestationParams,
};

export type AttestationDueRow = {
  personName: string;
  institution: string;
  roles: string;
  category: Category;
  attestationDate: string;
  dueDate: string;
};

/** Who is due: the last attestation plus five years falls on or before today plus twelve months. */
export const attestationDueReport: ReportDefinition<AttestationFilters, AttestationDueRow> = {
  key: 'attestation-due',
  namespace: 'ReportAttestation',
  title: 'due_title',
  numbered: true,
  parse: (params, scope) => parseAttestationFilters(params, scope),
  async run({ db, scope, today }, filters) {
    return { rows: (await dueRows(db, scope, today, filters)).rows };
  },
  runPage: ({ db, scope, today }, filters, window) => dueRows(db, scope, today, filters, window),
  columns: () => [
    { key: 'person', label: 'col_person', kind: 'text', value: (r) => r.personName },
    { key: 'institution', label: 'col_institution', kind: 'text', value: (r) => r.institution },
    { key: 'roles', label: 'col_roles', kind: 'text', value: (r) => r.roles, translated: true },
    { key: 'category', label: 'col_category', kind: 'text', value: (r) => `category_${r.category}`, translated: true },
    { key: 'attested', label: 'col_attestation_date', kind: 'date', value: (r) => r.attestationDate },
    { key: 'due', label: 'col_due_date', kind: 'date', value: (r) => r.dueDate },
  ],
  params: attestationParams,
};

type DueRow = { person_name: string; institution: string; roles: string; category: Category; attestation_date: string; due_date: string; total: number };

/**
 * The due list, whole (the export, the print view) or one page of it and how many in all (the
 * page: `count(*) over ()`, PostgreSQL keeping only the page's rows of its sort instead of
 * sending a city's 4,700). Ties in date and name are ordered by person and institution, so that
 * pages neither repeat nor skip anyone.
 */
async function dueRows(db: ReportContext['db'], scope: ReportScope, today: string, filters: AttestationFilters, window?: { limit: number; offset: number }): Promise<{ rows: AttestationDueRow[]; total: number }> {
  const selected = selectInstitutions(scope, filters.territory);
  if (!selected.ok) return { rows: [], total: 0 };
  // The first page without OFFSET, as Drizzle writes it: one statement PostgreSQL can keep a plan for.
  const offset = window && window.offset > 0 ? sql` offset ${window.offset}` : sql``;
  const slice = window ? sql`limit ${limitInStatement(window.limit)}${offset}` : sql``;
  // The memberships are grouped and filtered first, the names joined only to those due: at city
  // scale 23,000 memberships, 4,700 due (83 → 48 ms).
  const found = await db.execute<DueRow>(sql`
    with due as (
      select m.person_id, m.organization_id,
        string_agg('role_' || m.role::text, ',' order by m.role) as roles, max(coalesce(m.category::text, 'none')) as category,
        max(m.attestation_date) as attested
      from memberships m
      where ${chosenStaff(selected.value, filters)} and m.attestation_date is not null
      group by m.person_id, m.organization_id
      having max(m.attestation_date) + interval '5 years' <= ${today}::date + interval '12 months'
    )
    select concat_ws(' ', p.surname, p.name, p.patronymic) as person_name, o.short_name as institution, d.roles, d.category,
      d.attested::text as attestation_date, (d.attested + interval '5 years')::date::text as due_date, count(*) over ()::int as total
    from due d
    join persons p on p.id = d.person_id
    join organizations o on o.id = d.organization_id
    order by due_date, person_name, d.person_id, d.organization_id
    ${slice}`);
  // A page past the last has no row to carry the total: then the first page's first row carries it
  // (the same statement, one row sent instead of the whole list).
  const page = await withTotal(found, window?.offset ?? 0, async () => (await dueRows(db, scope, today, filters, { limit: 1, offset: 0 })).total);
  const rows = page.items.map((r) => ({
    personName: r.person_name,
    institution: r.institution,
    roles: r.roles,
    category: r.category,
    attestationDate: r.attestation_date,
    dueDate: r.due_date,
  }));
  return { rows, total: page.total };
}
