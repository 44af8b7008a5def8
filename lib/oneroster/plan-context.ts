import type { DbTransaction } from '@/db';
import { sql } from 'drizzle-orm';
import type { OrganizationKind } from '@/db/schema';
import { arrayLiteral } from '@/db/bulk-insert';
import type { Bundle, CsvFile, Row } from './bundle';
import { cell } from './bundle';
import { type Entity, type Local, lookUp, parseOwnId } from './ids';
import type { Issues } from './issues';
import type { Plan, Ref } from './plan';

/**
 * The planning's context and its row readers: where each step (plan-orgs.ts, plan-people.ts…)
 * reports problems, reads required cells and resolves sourcedIds to rows. The plan's own shape is
 * plan.ts.
 */

/** Everything a step of the planning needs. */
export type Ctx = {
  tx: DbTransaction;
  issues: Issues;
  code: string;
  /** null: an operator's import, anywhere. */
  jurisdiction: Set<number> | null;
  /** The importer's authority (null: an operator); it cannot close itself. */
  authorityId: number | null;
  bundle: Bundle;
  plan: Plan;
  /** sourcedId → Ref, per entity: the bundle's rows and the rows they resolved to. */
  refs: Record<Entity, Map<string, Ref>>;
  /** Organisations of ours that are authorities / institutions (those the plan touches). */
  orgKinds: Map<string, OrganizationKind>;
  /** Planned organisations (refKey) that would land outside the jurisdiction. */
  outsideOrgs: Set<string>;
  /** Rows checked of the big files, so a city's minutes of checking show they move. */
  progress?: (step: string, done: number, total: number) => void;
};

export function problem(ctx: Ctx, file: CsvFile | string, row: Row | null, column: string | null, key: string, params?: Record<string, string | number>) {
  ctx.issues.add({ file: typeof file === 'string' ? file : `${file.name}.csv`, line: row?.line ?? null, column, key, params });
}

/** A cell that must not be empty; a problem and null when it is. */
export function required(ctx: Ctx, file: CsvFile, row: Row, column: string): string | null {
  const value = cell(file, row, column);
  if (value === '') {
    if (file.index.has(column)) problem(ctx, file, row, column, 'value_missing');
    return null;
  }
  return value;
}

/** Several cells that must not be empty, in order (null for each empty one, with its problem). */
export function requiredAll(ctx: Ctx, file: CsvFile, row: Row, columns: readonly string[]): Array<string | null> {
  return columns.map((c) => required(ctx, file, row, c));
}

export const isDeleted = (file: CsvFile, row: Row) => cell(file, row, 'status') === 'tobedeleted';

/**
 * A delta's tobedeleted row: only its sourcedId counts. Returns our row it names, or null when it
 * names none (nothing to remove: already removed, or never imported).
 */
export function removalTarget(ctx: Ctx, file: CsvFile, row: Row, mapped: ReadonlyMap<string, Local>): Local | null {
  const sourcedId = required(ctx, file, row, 'sourcedId');
  return sourcedId === null ? null : (mapped.get(sourcedId) ?? null);
}

export function statusProblem(ctx: Ctx, file: CsvFile, row: Row): boolean {
  const status = cell(file, row, 'status');
  if (status !== '' && status !== 'active' && status !== 'tobedeleted') {
    problem(ctx, file, row, 'status', 'enum_invalid', { value: status });
    return true;
  }
  return false;
}

const TABLE: Record<Exclude<Entity, 'section'>, string> = {
  org: 'organizations',
  person: 'persons',
  role: 'memberships',
  class: 'school_classes',
  lesson: 'lessons',
  mark: 'marks',
};

/** Which of these sourcedIds are rows of ours already: mapped by an earlier import, or made up by our own export. */
export async function existingRows(ctx: Ctx, entity: Entity, sourcedIds: readonly string[]): Promise<Map<string, Local>> {
  const found = await lookUp(ctx.tx, entity, sourcedIds);
  const own = new Map<string, Local>();
  for (const s of sourcedIds) {
    if (found.has(s)) continue;
    const local = parseOwnId(ctx.code, entity, s);
    if (local) own.set(s, local);
  }
  if (own.size > 0) {
    const ids = [...own.values()];
    const present =
      entity === 'section'
        ? await ctx.tx.execute<{ k: string }>(sql`
            select class_id || '-' || subject_id as k from class_subjects
            where (class_id, subject_id) in (select * from unnest(${arrayLiteral(ids.map((l) => l.id))}::int[], ${arrayLiteral(ids.map((l) => l.id2 ?? 0))}::int[]))`)
        : await ctx.tx.execute<{ k: string }>(sql`select id::text as k from ${sql.identifier(TABLE[entity])} where id = any(${arrayLiteral(ids.map((l) => l.id))}::bigint[])`);
    const keys = new Set(present.map((p) => p.k));
    for (const [s, local] of own) if (keys.has(entity === 'section' ? `${local.id}-${local.id2}` : String(local.id))) found.set(s, local);
  }
  return found;
}

/**
 * Resolves references to an entity: the bundle's own rows first, then rows of ours. A reference
 * that resolves to nothing is a problem at the referring cell.
 */
export async function resolveAll(ctx: Ctx, entity: Entity, wanted: ReadonlyArray<{ sourcedId: string; file: CsvFile; row: Row; column: string; optional?: boolean }>): Promise<Array<Ref | null>> {
  const map = ctx.refs[entity];
  // One look-up per reference (a city's results make 26 M): the bundle's rows and ours found before answer most.
  const refs = wanted.map((w) => (w.sourcedId === '' ? null : (map.get(w.sourcedId) ?? null)));
  const missing = new Set<string>();
  wanted.forEach((w, i) => refs[i] === null && w.sourcedId !== '' && missing.add(w.sourcedId));
  if (missing.size === 0) return refs;
  const found = await existingRows(ctx, entity, [...missing]);
  for (const [s, local] of found) map.set(s, { existing: local.id });
  return wanted.map((w, i) => {
    if (refs[i] !== null || w.sourcedId === '') return refs[i]!;
    const ref = map.get(w.sourcedId);
    // A tobedeleted row's reference to nothing is nothing to remove, not a problem.
    if (!ref && !w.optional) problem(ctx, w.file, w.row, w.column, 'reference_unknown', { id: w.sourcedId });
    return ref ?? null;
  });
}

/** JSON in a metadata cell; a problem and null when it does not parse. */
export function jsonCell<T>(ctx: Ctx, file: CsvFile, row: Row, column: string, check: (v: unknown) => v is T): T | null {
  const raw = cell(file, row, column);
  if (raw === '') return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (check(value)) return value;
  } catch {
    // reported below
  }
  problem(ctx, file, row, column, 'json_invalid');
  return null;
}

const checkDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
/** Dates seen and whether they are valid: a city's 15 M lines and results name a few hundred days. */
const dates = new Map<string, boolean>();
export const isDate = (v: string): boolean => {
  const known = dates.get(v);
  if (known !== undefined) return known;
  const valid = checkDate(v);
  // Bounded: a file of all-different dates costs the check, not memory.
  if (dates.size < 100_000) dates.set(v, valid);
  return valid;
};
export const isInstant = (v: string) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
