import type { DbTransaction } from '@/db';
import { sql } from 'drizzle-orm';
import type { AttendanceKind, LessonStatus, MarkKind, MembershipRole, Organization, OrganizationKind } from '@/db/schema';
import type { Bundle, CsvFile, Row } from './bundle';
import { cell } from './bundle';
import { type Entity, type Local, lookUp, parseOwnId } from './ids';
import type { Issues } from './issues';
import { arrayLiteral } from '@/db/bulk-insert';

/**
 * What an import will write, worked out from a bundle before anything is written. Rows refer to
 * each other by `Ref`: a row of ours that exists, or a row of this plan (its index in the list).
 */

export type Ref = { existing: number } | { planned: number };
export const refKey = (r: Ref) => ('existing' in r ? `e${r.existing}` : `p${r.planned}`);
/** A Ref as one number (even: a row of ours, odd: a row of the plan), for lists kept by the million. */
export const packRef = (r: Ref): number => ('existing' in r ? 2 * r.existing : 2 * r.planned + 1);
export const unpackRef = (n: number): Ref => (n % 2 === 0 ? { existing: n / 2 } : { planned: (n - 1) / 2 });

export type OrgFields = Pick<
  Organization,
  | 'fullName'
  | 'shortName'
  | 'organizationalStructure'
  | 'legalAddress'
  | 'actualAddress'
  | 'phones'
  | 'fax'
  | 'email'
  | 'website'
  | 'licenceInfo'
  | 'accreditationInfo'
  | 'timeZone'
  | 'description'
  // The register's fields (issue 12 §1), so a round trip keeps them.
  | 'fullNameRu'
  | 'shortNameRu'
  | 'bin'
  | 'languages'
  | 'licenceNumber'
  | 'licenceDate'
  | 'licenceIssuer'
  | 'accreditationNumber'
  | 'accreditationDate'
  | 'closedAt'
> & { institutionTypeCode: string | null; kato: string | null; subordinationKato: string | null };
export type OrgPlan = {
  sourcedId: string;
  line: number;
  existing: number | null;
  kind: OrganizationKind;
  /** Only the fields the bundle gives (an existing organisation keeps the others). */
  fields: Partial<OrgFields>;
  parent: Ref | null;
  /** The register's "branch of": undefined when the bundle does not say, null for none. */
  branchOf?: Ref | null;
  subordinateTypes: string[] | null;
  overrides: Array<{ institution: Ref; included: boolean }> | null;
};
export type TerritoryPlan = { kato: string; level: 'country' | 'region' | 'district' | 'city'; parentKato: string | null; nameKk: string; nameRu: string; nameEn: string };
export type SubjectPlan = { code: string; nameKk: string; nameRu: string; nameEn: string; graded: boolean; sortOrder: number };

export type PersonFields = { surname: string; name: string; patronymic: string | null; birthDate: string; sex: 'male' | 'female'; iin: string; email?: string | null; phone?: string | null };
export type UserFields = { login: string; email?: string | null; registeredAt?: string; lastSignInAt?: string | null; showContacts?: boolean };
export type PersonPlan = { sourcedId: string; line: number; existing: number | null; fields: PersonFields; user: UserFields | null; signIns: number[] };

export type MembershipFields = {
  role: MembershipRole;
  position?: string;
  socialPosition?: string;
  employment?: string;
  arrivalDate?: string | null;
  isAdmin?: boolean;
  isModerator?: boolean;
  isEditor?: boolean;
  category?: string | null;
  attestationDate?: string | null;
  archivedAt: string | null;
};
export type Movement = { kind: 'arrived' | 'left' | 'transferred'; date: string; classRef: Ref | null; counterpart: string };
export type MembershipPlan = { sourcedId: string; line: number; existing: number | null; person: Ref; org: Ref; fields: MembershipFields; movements: Movement[]; deleted: boolean };

export type ClassPlan = { sourcedId: string; line: number; existing: number | null; org: Ref; schoolYear: number; grade: number; letter: string; formTeacher: Ref | null };
/** A subject taught in a class. `stub`: one of ours the bundle refers to without listing it (a delta). */
export type SectionPlan = { sourcedId: string; line: number; existing: { classId: number; subjectId: number } | null; homeroom: Ref; subjectCode: string; lessonsPerWeek: number; teacher: Ref | null; stub: boolean };
export type Enrolment = { classRef: Ref; person: Ref; deleted: boolean; line: number };

export type LessonPlan = {
  sourcedId: string;
  line: number;
  existing: number | null;
  section: Ref;
  date: string;
  quarter: number;
  period: number;
  status: LessonStatus;
  topic: string | null;
  teacher: Ref | null;
  substitute: Ref | null;
  /** Milliseconds since 1970 (a number, not a string per lesson). */
  recordedAt: number | null;
  homework: string | null;
};

/**
 * Rows about students on the planned lessons — attendance exceptions (`value`: the kind's index
 * in ATTENDANCE_KINDS), homework reports (`value`: minutes) — as columns, in lesson order:
 * `lesson` is the index in Plan.lessons, `person` a packed Ref (packRef). A city's 2.5 M lessons
 * have millions of them; an object each and a list per lesson were half a gigabyte.
 */
export type LessonRows = { lesson: number[]; person: number[]; value: number[] };
export const ATTENDANCE_KINDS: readonly AttendanceKind[] = ['absent_illness', 'absent_other', 'late'];
export type MarkPlan = {
  sourcedId: string;
  line: number;
  existing: number | null;
  lesson: Ref;
  student: Ref;
  kind: MarkKind;
  score: number;
  maxScore: number;
  createdAt: string;
  edits: Array<{ editor: Ref; at: string; oldScore: number; newScore: number }>;
};

export type Plan = {
  territories: TerritoryPlan[];
  orgs: OrgPlan[];
  subjects: SubjectPlan[];
  persons: PersonPlan[];
  parentLinks: Array<{ student: Ref; parent: Ref }>;
  memberships: MembershipPlan[];
  classes: ClassPlan[];
  sections: SectionPlan[];
  enrolments: Enrolment[];
  /** Form teachers of classes of ours that the bundle does not list. */
  formTeachers: Array<{ classId: number; person: Ref }>;
  lessons: LessonPlan[];
  attendance: LessonRows;
  homeworkReports: LessonRows;
  /** results.csv is not held (plan-marks.ts): how many marks it gives, and of which kinds. */
  marks: { count: number; kinds: Set<MarkKind>; known: boolean };
  removals: Removals;
};

/**
 * What a delta's `tobedeleted` rows take away (docs/oneroster.md, "Removing"), as rows of ours:
 * a sourcedId that resolves to nothing is nothing to remove (so the same delta twice changes
 * nothing the second time). Enrolments and roles carry their own `deleted` flag.
 */
export type Removals = {
  /** Organisations to close (the register's close). */
  orgs: Array<{ id: number; line: number }>;
  /** Active memberships to archive: a user's in the jurisdiction, or one role's (with the row that asks). */
  memberships: Array<{ id: number; archivedAt: string | null; file: 'users.csv' | 'roles.csv'; line: number }>;
  classes: Array<{ id: number; line: number; sourcedId: string }>;
  sections: Array<{ classId: number; subjectId: number; line: number; sourcedId: string }>;
  lessons: Array<{ id: number; line: number; sourcedId: string }>;
  marks: Array<{ id: number; line: number; sourcedId: string }>;
  /** Form teachers whose enrolment in a homeroom class ends. */
  formTeachers: Array<{ classRef: Ref; person: Ref }>;
  /** Reference data a row asked to delete: refused while still in use, else left (docs). */
  sessions: Array<{ line: number; kind: 'year' | 'period'; year: number; start: string; end: string }>;
  courses: Array<{ line: number; code: string }>;
  categories: Array<{ line: number; kind: MarkKind }>;
};

export const emptyPlan = (): Plan => ({
  territories: [],
  orgs: [],
  subjects: [],
  persons: [],
  parentLinks: [],
  memberships: [],
  classes: [],
  sections: [],
  enrolments: [],
  formTeachers: [],
  lessons: [],
  attendance: { lesson: [], person: [], value: [] },
  homeworkReports: { lesson: [], person: [], value: [] },
  marks: { count: 0, kinds: new Set(), known: false },
  removals: { orgs: [], memberships: [], classes: [], sections: [], lessons: [], marks: [], formTeachers: [], sessions: [], courses: [], categories: [] },
});

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
