import { sql } from 'drizzle-orm';
import { INSTITUTION_TYPES } from '@/db/reference-data';
import type { OrganizationKind } from '@/db/schema';
import { cell, type CsvFile, hasColumn, type Row } from './bundle';
import { isExtension, MD, ORG_TYPES } from './files';
import { isValidBin } from '@/lib/organizations/register/bin';
import { INSTRUCTION_LANGUAGES } from '@/lib/organizations/register/schemas';
import type { Local } from './ids';
import { type OrgFields, type OrgPlan, type Ref, refKey, type TerritoryPlan } from './plan';
import { type Ctx, existingRows, removalTarget, isDate, isDeleted, isInstant, jsonCell, problem, requiredAll, statusProblem } from './plan-context';
import { idList } from '@/db/bulk-insert';

/** orgs.csv into the plan (docs/oneroster.md); the reference files are plan-reference.ts. */

const TEXT_FIELDS: Array<[string, keyof OrgFields]> = [
  ['legalAddress', 'legalAddress'],
  ['actualAddress', 'actualAddress'],
  ['phones', 'phones'],
  ['fax', 'fax'],
  ['email', 'email'],
  ['website', 'website'],
  ['licence', 'licenceInfo'],
  ['accreditation', 'accreditationInfo'],
  ['description', 'description'],
  ['fullNameRu', 'fullNameRu'],
  ['shortNameRu', 'shortNameRu'],
  ['licenceNumber', 'licenceNumber'],
  ['licenceIssuer', 'licenceIssuer'],
  ['accreditationNumber', 'accreditationNumber'],
];

const LEVELS = ['country', 'region', 'district', 'city'] as const;

const isTerritoryList = (v: unknown): v is string[][] => Array.isArray(v) && v.every((t) => Array.isArray(t) && t.length === 6 && t.every((x) => x === null || typeof x === 'string'));
const isOverrideList = (v: unknown): v is Array<[string, boolean]> => Array.isArray(v) && v.every((t) => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'boolean');

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The register's BIN, dates, languages and closing (issue 12 §1), checked as its form checks them. */
function registerFields(ctx: Ctx, file: CsvFile, row: Row, md: (c: string) => string | undefined, fields: Partial<OrgFields>) {
  const bin = md('bin');
  if (bin !== undefined && bin !== '' && !isValidBin(bin)) problem(ctx, file, row, `${MD}bin`, 'bin_invalid', { value: bin });
  else if (bin !== undefined) fields.bin = bin || null;
  for (const column of ['licenceDate', 'accreditationDate'] as const) {
    const date = md(column);
    if (date !== undefined && date !== '' && !isDate(date)) problem(ctx, file, row, `${MD}${column}`, 'date_invalid', { value: date });
    else if (date !== undefined) fields[column] = date || null;
  }
  const languages = md('languages');
  if (languages !== undefined) {
    const codes = languages.split(',').map((l) => l.trim()).filter(Boolean);
    const unknown = codes.find((c) => !(INSTRUCTION_LANGUAGES as readonly string[]).includes(c));
    if (unknown) problem(ctx, file, row, `${MD}languages`, 'enum_invalid', { value: unknown });
    else fields.languages = codes;
  }
  const closedAt = md('closedAt');
  if (closedAt !== undefined && closedAt !== '' && !isInstant(closedAt)) problem(ctx, file, row, `${MD}closedAt`, 'date_invalid', { value: closedAt });
  else if (closedAt !== undefined) fields.closedAt = closedAt ? new Date(closedAt) : null;
}

export async function planOrgs(ctx: Ctx): Promise<void> {
  const file = ctx.bundle.files.get('orgs');
  if (!file) return;
  const existing = await existingRows(ctx, 'org', file.rows.map((r) => cell(file, r, 'sourcedId')));
  const known = new Set((await ctx.tx.execute<{ kato_code: string }>(sql`select kato_code from territories`)).map((t) => t.kato_code));
  const typeCodes = new Set([...INSTITUTION_TYPES.map((t) => t.code), ...(await ctx.tx.execute<{ code: string }>(sql`select code from institution_types`)).map((t) => t.code)]);
  const kinds = new Map((await ctx.tx.execute<{ id: number; kind: OrganizationKind }>(sql`select id, kind from organizations where id = any(${idList([...existing.values()].map((l) => l.id))}::int[])`)).map((o) => [o.id, o.kind]));

  // Territories first: any org row may bring the list the others refer to.
  for (const row of file.rows) {
    const list = jsonCell(ctx, file, row, `${MD}territories`, isTerritoryList);
    for (const [kato, level, parentKato, nameKk, nameRu, nameEn] of list ?? []) {
      if (!kato || !/^\d{9}$/.test(kato) || !LEVELS.includes(level as (typeof LEVELS)[number])) {
        problem(ctx, file, row, `${MD}territories`, 'json_invalid');
        continue;
      }
      if (!ctx.plan.territories.some((t) => t.kato === kato)) {
        ctx.plan.territories.push({ kato, level: level as TerritoryPlan['level'], parentKato: parentKato || null, nameKk: nameKk ?? kato, nameRu: nameRu ?? kato, nameEn: nameEn ?? kato });
        known.add(kato);
      }
    }
  }

  const parents: Array<{ plan: OrgPlan; sourcedId: string; row: Row }> = [];
  const branches: Array<{ plan: OrgPlan; sourcedId: string; row: Row }> = [];
  const overrides: Array<{ plan: OrgPlan; list: Array<[string, boolean]>; row: Row }> = [];
  for (const row of file.rows) {
    if (isDeleted(file, row)) {
      planOrgRemoval(ctx, file, row, existing);
      continue;
    }
    const [sourcedId, name, type] = requiredAll(ctx, file, row, ['sourcedId', 'name', 'type']);
    if (statusProblem(ctx, file, row) || !sourcedId || !name || !type) continue;
    if (ctx.refs.org.has(sourcedId)) {
      problem(ctx, file, row, 'sourcedId', 'id_twice', { id: sourcedId });
      continue;
    }
    if (!(ORG_TYPES as readonly string[]).includes(type) && !isExtension(type)) {
      problem(ctx, file, row, 'type', 'enum_invalid', { value: type });
      continue;
    }
    if (type === 'department' || isExtension(type)) {
      problem(ctx, file, row, 'type', 'org_type_unsupported', { value: type });
      continue;
    }
    const kind = type === 'school' ? 'institution' : 'authority';
    const mapped = existing.get(sourcedId)?.id ?? null;
    if (mapped !== null && kinds.get(mapped) !== kind) {
      problem(ctx, file, row, 'type', 'org_kind_changed', { value: type });
      continue;
    }
    const fields: Partial<OrgFields> = { fullName: name };
    const md = (c: string) => (hasColumn(file, `${MD}${c}`) ? cell(file, row, `${MD}${c}`) : undefined);
    const shortName = md('shortName');
    if (shortName !== undefined || mapped === null) fields.shortName = shortName || name;
    for (const [column, key] of TEXT_FIELDS) {
      const value = md(column);
      if (value !== undefined) (fields as Record<string, string>)[key] = value;
    }
    const typeCode = md('typeCode');
    if (typeCode) {
      if (!typeCodes.has(typeCode)) problem(ctx, file, row, `${MD}typeCode`, 'type_code_unknown', { value: typeCode });
      fields.institutionTypeCode = typeCode;
    } else if (mapped === null && kind === 'institution') fields.institutionTypeCode = 'general_secondary_school';
    else if (typeCode === '' && kind === 'authority') fields.institutionTypeCode = null;
    const structure = md('structure');
    if (structure) {
      if (structure !== 'independent' && structure !== 'branch') problem(ctx, file, row, `${MD}structure`, 'enum_invalid', { value: structure });
      else fields.organizationalStructure = structure;
    }
    for (const [column, key] of [['kato', 'kato'], ['subordinationKato', 'subordinationKato']] as const) {
      const kato = md(column);
      if (kato === undefined) continue;
      if (kato !== '' && !known.has(kato)) problem(ctx, file, row, `${MD}${column}`, 'territory_unknown', { value: kato });
      fields[key] = kato || null;
    }
    const zone = md('timeZone');
    if (zone) {
      if (!validTimeZone(zone)) problem(ctx, file, row, `${MD}timeZone`, 'time_zone_invalid', { value: zone });
      else fields.timeZone = zone;
    }
    registerFields(ctx, file, row, md, fields);
    const subordinate = md('subordinateTypes');
    const subordinateTypes = subordinate === undefined ? null : subordinate.split(',').map((s) => s.trim()).filter(Boolean);
    for (const code of subordinateTypes ?? []) if (!typeCodes.has(code)) problem(ctx, file, row, `${MD}subordinateTypes`, 'type_code_unknown', { value: code });
    const plan: OrgPlan = { sourcedId, line: row.line, existing: mapped, kind, fields, parent: null, subordinateTypes, overrides: null };
    const index = ctx.plan.orgs.push(plan) - 1;
    const ref: Ref = mapped === null ? { planned: index } : { existing: mapped };
    ctx.refs.org.set(sourcedId, ref);
    ctx.orgKinds.set(refKey(ref), kind);
    const parent = cell(file, row, 'parentSourcedId');
    if (parent) parents.push({ plan, sourcedId: parent, row });
    const main = md('branchOf');
    if (main === '') plan.branchOf = null;
    else if (main !== undefined) branches.push({ plan, sourcedId: main, row });
    const list = jsonCell(ctx, file, row, `${MD}overrides`, isOverrideList);
    if (list) overrides.push({ plan, list, row });
  }

  // Parents: in the bundle or already ours.
  const outside = parents.filter((p) => !ctx.refs.org.has(p.sourcedId)).map((p) => p.sourcedId);
  for (const [s, local] of await existingRows(ctx, 'org', outside)) ctx.refs.org.set(s, { existing: local.id });
  for (const p of parents) {
    const ref = ctx.refs.org.get(p.sourcedId);
    if (!ref) problem(ctx, file, p.row, 'parentSourcedId', 'reference_unknown', { id: p.sourcedId });
    else p.plan.parent = ref;
  }
  for (const [s, local] of await existingRows(ctx, 'org', branches.filter((b) => !ctx.refs.org.has(b.sourcedId)).map((b) => b.sourcedId))) ctx.refs.org.set(s, { existing: local.id });
  for (const b of branches) {
    const ref = ctx.refs.org.get(b.sourcedId);
    if (!ref) problem(ctx, file, b.row, `${MD}branchOf`, 'reference_unknown', { id: b.sourcedId });
    else b.plan.branchOf = ref;
  }
  for (const o of overrides) {
    o.plan.overrides = [];
    for (const [sourcedId, included] of o.list) {
      const ref = ctx.refs.org.get(sourcedId);
      if (!ref) problem(ctx, file, o.row, `${MD}overrides`, 'reference_unknown', { id: sourcedId });
      else o.plan.overrides.push({ institution: ref, included });
    }
  }

  // Jurisdiction: an organisation of ours must be inside it; a new one must hang from one inside it.
  const allowed = (plan: OrgPlan, seen = new Set<OrgPlan>()): boolean => {
    if (ctx.jurisdiction === null) return true;
    if (plan.existing !== null) return ctx.jurisdiction.has(plan.existing);
    if (!plan.parent || seen.has(plan)) return false;
    seen.add(plan);
    return 'existing' in plan.parent ? ctx.jurisdiction.has(plan.parent.existing) : allowed(ctx.plan.orgs[plan.parent.planned]!, seen);
  };
  for (const plan of ctx.plan.orgs) {
    if (allowed(plan)) continue;
    ctx.outsideOrgs.add(refKey(plan.existing === null ? { planned: ctx.plan.orgs.indexOf(plan) } : { existing: plan.existing }));
    ctx.issues.add({ file: 'orgs.csv', line: plan.line, column: plan.parent ? 'parentSourcedId' : 'sourcedId', key: 'org_outside_jurisdiction', params: { id: plan.sourcedId } });
  }
}

/**
 * An organisation's tobedeleted row closes it, as the register closes one (never deleted; it
 * leaves the subordinate set, reports and audiences, its history stays): inside the jurisdiction,
 * and never the importer's own authority.
 */
function planOrgRemoval(ctx: Ctx, file: CsvFile, row: Row, existing: ReadonlyMap<string, Local>): void {
  const target = removalTarget(ctx, file, row, existing);
  if (!target) return;
  if (ctx.jurisdiction !== null && !ctx.jurisdiction.has(target.id)) problem(ctx, file, row, 'sourcedId', 'org_outside_jurisdiction', { id: cell(file, row, 'sourcedId') });
  else if (target.id === ctx.authorityId) problem(ctx, file, row, 'status', 'org_close_own');
  else ctx.plan.removals.orgs.push({ id: target.id, line: row.line });
}

/** Whether an organisation (planned or ours) is inside the importer's jurisdiction. */
export function orgAllowed(ctx: Ctx, ref: Ref): boolean {
  if (ctx.jurisdiction === null) return true;
  if ('existing' in ref) return ctx.jurisdiction.has(ref.existing);
  return !ctx.outsideOrgs.has(refKey(ref));
}

/** The kind of an organisation (planned or ours), loading ours on first use. */
export async function orgKinds(ctx: Ctx, refs: readonly Ref[]): Promise<void> {
  const ids = refs.filter((r): r is { existing: number } => 'existing' in r && !ctx.orgKinds.has(refKey(r))).map((r) => r.existing);
  if (ids.length === 0) return;
  for (const o of await ctx.tx.execute<{ id: number; kind: OrganizationKind }>(sql`select id, kind from organizations where id = any(${idList(ids)}::int[])`)) {
    ctx.orgKinds.set(`e${o.id}`, o.kind);
  }
}
