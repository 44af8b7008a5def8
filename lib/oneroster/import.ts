import { sql } from 'drizzle-orm';
import type { Database, DbTransaction } from '@/db';
import { type BundleLimits, DEFAULT_LIMITS, readBundle } from './bundle';
import { installationCode, keptIds, remember } from './ids';
import { type Issue, Issues } from './issues';
import { jurisdictionOf } from './jurisdiction';
import { emptyPlan, type Plan } from './plan';
import type { Ctx } from './plan-context';
import { planClasses, planEnrollments } from './plan-classes';
import { planLessons } from './plan-journal';
import { type MarkSink, planMarks } from './plan-marks';
import { planOrgs } from './plan-orgs';
import { planCategories, planCourses, planSessions } from './plan-reference';
import { planParentLinks, planPersons } from './plan-people';
import { planMemberships } from './plan-roles';
import { type Progress, writeJournal, writeSignInsAndEnds } from './write-journal';
import { checkRemovals } from './plan-removals';
import { writeRemovals } from './write-removals';
import { type Counts, writeRoster } from './write-roster';

/**
 * A OneRoster bundle in: read, check everything, then write it all in one transaction — or, with
 * any problem (or `dryRun`), nothing. The page and the command both call this.
 */

export type ImportOptions = {
  /** The importer's authority: everything must land inside its jurisdiction. null: an operator, anywhere. */
  authorityId: number | null;
  /** Who imports (the page's admin; null: the command), for the audit of what a delta removes. */
  actorUserId?: number | null;
  dryRun?: boolean;
  limits?: BundleLimits;
  progress?: Progress;
};

export type ImportResult = { ok: true; dryRun: boolean; counts: Counts; rows: Record<string, number> } | { ok: false; issues: Issue[]; issueCount: number };

class DryRun extends Error {}
/** results.csv had problems found while it was written: the transaction is rolled back. */
class Refused extends Error {}

/**
 * The plan, and how results.csv is read for the writing (plan-marks.ts): checked already (a dry
 * run, a bundle with problems elsewhere: nothing is written), or checked as it is written — one
 * reading of a city's 13 M rows, not two — with `afterMarks` checking what needs it whole.
 */
type Planned = { plan: Plan; streamMarks: (sink: MarkSink) => Promise<unknown>; afterMarks: () => Promise<void> };

async function planBundle(tx: DbTransaction, bytes: Uint8Array, options: ImportOptions, issues: Issues, code: string): Promise<Planned | null> {
  const bundle = await readBundle(bytes, issues, options.limits ?? DEFAULT_LIMITS, (p) => options.progress?.(p.file, p.rows, p.rows));
  if (!bundle || issues.any) return null;
  const ctx: Ctx = {
    tx,
    issues,
    code,
    jurisdiction: options.authorityId === null ? null : await jurisdictionOf(tx, options.authorityId),
    authorityId: options.authorityId,
    bundle,
    plan: emptyPlan(),
    refs: { org: new Map(), person: new Map(), role: new Map(), class: new Map(), section: new Map(), lesson: new Map(), mark: new Map() },
    orgKinds: new Map(),
    outsideOrgs: new Set(),
    progress: options.progress,
  };
  await planOrgs(ctx);
  const sessions = planSessions(ctx);
  const courses = planCourses(ctx);
  const known = new Set([...ctx.plan.subjects.map((s) => s.code), ...(await tx.execute<{ code: string }>(sql`select code from subjects`)).map((s) => s.code), 'homeroom']);
  const classes = bundle.files.get('classes');
  for (const row of classes?.rows ?? []) {
    const course = courses.get(row.cells[classes!.index.get('courseSourcedId')!]?.trim() ?? '');
    if (course !== undefined && !known.has(course)) issues.add({ file: 'classes.csv', line: row.line, column: 'courseSourcedId', key: 'subject_unknown', params: { value: course } });
  }
  const categories = planCategories(ctx);
  const agents = await planPersons(ctx);
  const { students, movementClasses } = await planMemberships(ctx);
  planParentLinks(ctx, agents, students);
  await planClasses(ctx, sessions, courses);
  for (const m of movementClasses) {
    const ref = ctx.refs.class.get(m.sourcedId);
    if (ref) m.movement.classRef = ref;
  }
  await planEnrollments(ctx);
  // The files held as rows are planned now: a city's (300,000 users, roles, demographics,
  // enrolments: over a gigabyte of strings) would otherwise stay through the lessons, the marks and
  // the whole write. Their plans are kept; only the streamed files are read again.
  for (const file of bundle.files.values()) if (!file.streamed) file.rows.length = 0;
  const kinds = await planLessons(ctx, sessions, categories);
  // Removals checked apart, so problems there are listed after those of results.csv, as a dry run lists them.
  const beforeMarks = new Issues();
  if (!options.dryRun && !issues.any) await checkRemovals({ ...ctx, issues: beforeMarks }, { marks: false });
  if (options.dryRun || issues.any || beforeMarks.any) {
    ctx.plan.marks = await planMarks(ctx, kinds);
    await checkRemovals(ctx);
    return issues.any ? null : { plan: ctx.plan, streamMarks: async () => {}, afterMarks: async () => {} };
  }
  // No mark of ours yet (a first import): no sourcedId of results.csv can name one, none is looked up.
  const [{ any }] = (await tx.execute<{ any: boolean }>(sql`select exists (select 1 from marks) as any`)) as unknown as [{ any: boolean }];
  return {
    plan: ctx.plan,
    // Once a problem is found nothing more is written (the transaction is rolled back), but the file is read to its end for the others.
    streamMarks: async (sink) => {
      ctx.plan.marks = await planMarks(ctx, kinds, (marks, done, total) => (issues.any ? (options.progress?.('results.csv', done, total), Promise.resolve()) : sink(marks, done, total)), any);
    },
    afterMarks: () => checkRemovals(ctx, { rest: false }),
  };
}

/** The roster's sourcedIds (the lessons' and marks' are remembered as they are written: write-journal.ts). */
async function rememberRoster(tx: DbTransaction, plan: Plan, ids: { orgs: number[]; persons: number[]; memberships: number[]; classes: number[] }, sectionIds: Array<{ classId: number; subjectId: number }>, code: string) {
  await remember(tx, 'org', keptIds(code, plan.orgs, (_, i) => ids.orgs[i]!));
  await remember(tx, 'person', keptIds(code, plan.persons, (_, i) => ids.persons[i]!));
  await remember(tx, 'role', keptIds(code, plan.memberships, (_, i) => ids.memberships[i]!));
  await remember(tx, 'class', keptIds(code, plan.classes, (_, i) => ids.classes[i]!));
  await remember(tx, 'section', keptIds(code, plan.sections.filter((s) => !s.stub), (_, i) => sectionIds[i]!.classId, (_, i) => sectionIds[i]!.subjectId));
}

export async function importBundle(db: Database, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const issues = new Issues();
  const progress: Progress = options.progress ?? (() => {});
  let outcome: ImportResult | null = null;
  // Made (and committed) before the transaction: a dry run must not make a code it then forgets.
  const code = await installationCode(db);
  try {
    await db.transaction(async (tx) => {
      const planned = await planBundle(tx, bytes, options, issues, code);
      if (!planned) return;
      const { plan } = planned;
      const lineItems = plan.lessons.length;
      const rows = () => rowCounts(plan, lineItems);
      if (options.dryRun) {
        outcome = { ok: true, dryRun: true, counts: {}, rows: rows() };
        throw new DryRun();
      }
      const counts: Counts = {};
      const roster = await writeRoster(tx, plan, counts);
      progress('roster', plan.persons.length, plan.persons.length);
      await writeJournal(tx, plan, roster, counts, progress, planned.streamMarks, code);
      await planned.afterMarks();
      if (issues.any) throw new Refused();
      await writeSignInsAndEnds(tx, plan, roster, counts, progress);
      await writeRemovals(tx, plan, roster, counts, { userId: options.actorUserId ?? null, authorityId: options.authorityId });
      const sections = plan.sections.filter((s) => !s.stub).map((s) => s.existing ?? { classId: 'existing' in s.homeroom ? s.homeroom.existing : roster.classes[s.homeroom.planned]!, subjectId: roster.subjects.get(s.subjectCode)! });
      await rememberRoster(tx, plan, roster, sections, code);
      outcome = { ok: true, dryRun: false, counts, rows: rows() };
    });
  } catch (error) {
    if (!(error instanceof DryRun) && !(error instanceof Refused)) throw error;
  }
  return outcome ?? { ok: false, issues: issues.list, issueCount: issues.count };
}

/** The rows the bundle gives, per file (the lessons counted before their plans are let go). */
function rowCounts(plan: Plan, lineItems: number): Record<string, number> {
  const r = plan.removals;
  const removals = r.orgs.length + r.memberships.length + r.classes.length + r.sections.length + r.lessons.length + r.marks.length + r.formTeachers.length + plan.enrolments.filter((e) => e.deleted).length;
  return {
    orgs: plan.orgs.length,
    users: plan.persons.length,
    roles: plan.memberships.length,
    classes: plan.classes.length + plan.sections.filter((s) => !s.stub).length,
    lineItems,
    results: plan.marks.count,
    ...(removals > 0 ? { tobedeleted: removals } : {}),
  };
}

