import { sql } from 'drizzle-orm';
import type { Database, DbTransaction } from '@/db';
import { type BundleLimits, DEFAULT_LIMITS, readBundle } from './bundle';
import { installationCode, ownPrefix, remember } from './ids';
import { type Issue, Issues } from './issues';
import { jurisdictionOf } from './jurisdiction';
import { type Ctx, emptyPlan, type Plan } from './plan';
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

/** The plan, and results.csv read again for the writing (plan-marks.ts). */
type Planned = { plan: Plan; streamMarks: (sink: MarkSink) => Promise<unknown> };

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
  ctx.plan.marks = await planMarks(ctx, kinds);
  await checkRemovals(ctx);
  if (issues.any) return null;
  // The writing pass reads results.csv again: its problems were found by this one; its removals are planned.
  const again: Ctx = { ...ctx, issues: new Issues(), plan: { ...ctx.plan, removals: emptyPlan().removals } };
  return { plan: ctx.plan, streamMarks: (sink) => planMarks(again, kinds, sink, ctx.plan.marks.known) };
}

async function rememberAll(tx: DbTransaction, plan: Plan, ids: { orgs: number[]; persons: number[]; memberships: number[]; classes: number[]; lessons: number[] }, sectionIds: Array<{ classId: number; subjectId: number }>, code: string) {
  const mine = ownPrefix(code);
  const keep = <T extends { sourcedId: string }>(rows: T[], id: (row: T, i: number) => number, id2?: (row: T, i: number) => number) =>
    rows.map((r, i) => ({ sourcedId: r.sourcedId, id: id(r, i), id2: id2 ? id2(r, i) : null })).filter((r) => !r.sourcedId.startsWith(mine));
  await remember(tx, 'org', keep(plan.orgs, (_, i) => ids.orgs[i]!));
  await remember(tx, 'person', keep(plan.persons, (_, i) => ids.persons[i]!));
  await remember(tx, 'role', keep(plan.memberships, (_, i) => ids.memberships[i]!));
  await remember(tx, 'class', keep(plan.classes, (_, i) => ids.classes[i]!));
  await remember(tx, 'section', keep(plan.sections.filter((s) => !s.stub), (_, i) => sectionIds[i]!.classId, (_, i) => sectionIds[i]!.subjectId));
  await remember(tx, 'lesson', keep(plan.lessons, (_, i) => ids.lessons[i]!));
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
      const r = plan.removals;
      const removals = r.orgs.length + r.memberships.length + r.classes.length + r.sections.length + r.lessons.length + r.marks.length + r.formTeachers.length + plan.enrolments.filter((e) => e.deleted).length;
      const rows = {
        orgs: plan.orgs.length,
        users: plan.persons.length,
        roles: plan.memberships.length,
        classes: plan.classes.length + plan.sections.filter((s) => !s.stub).length,
        lineItems: plan.lessons.length,
        results: plan.marks.count,
        ...(removals > 0 ? { tobedeleted: removals } : {}),
      };
      if (options.dryRun) {
        outcome = { ok: true, dryRun: true, counts: {}, rows };
        throw new DryRun();
      }
      const counts: Counts = {};
      const roster = await writeRoster(tx, plan, counts);
      progress('roster', plan.persons.length, plan.persons.length);
      const journal = await writeJournal(tx, plan, roster, counts, progress, planned.streamMarks, code);
      await writeSignInsAndEnds(tx, plan, roster, counts, progress);
      await writeRemovals(tx, plan, roster, counts, { userId: options.actorUserId ?? null, authorityId: options.authorityId });
      const sections = plan.sections.filter((s) => !s.stub).map((s) => s.existing ?? { classId: 'existing' in s.homeroom ? s.homeroom.existing : roster.classes[s.homeroom.planned]!, subjectId: roster.subjects.get(s.subjectCode)! });
      await rememberAll(tx, plan, { ...roster, ...journal }, sections, code);
      outcome = { ok: true, dryRun: false, counts, rows };
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return outcome ?? { ok: false, issues: issues.list, issueCount: issues.count };
}

