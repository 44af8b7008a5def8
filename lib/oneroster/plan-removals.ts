import { type SQL, sql } from 'drizzle-orm';
import { type AdminGrant, leavesNoAdmin } from '@/lib/people/admin/rule';
import { MD } from './files';
import type { Ctx } from './plan-context';
import { idList } from '@/db/bulk-insert';

/**
 * The checks a delta's tobedeleted rows need once the whole bundle is planned: every row to
 * remove inside the importer's jurisdiction; a class or a subject taught in it only without
 * lessons (those its line items remove in the same delta excepted); and academic sessions,
 * courses and categories — our calendar, the shared list of subjects and the fixed mark kinds,
 * which an import never removes — refused while anything of the jurisdiction or the bundle
 * still uses them, else left as they are (docs/oneroster.md, "Removing").
 */

/**
 * `marks: false` leaves out what needs results.csv read (its removals, the mark kinds in use);
 * `rest: false` checks only that: an import that checks results.csv as it writes it (import.ts)
 * checks the rest before it writes and the marks' part after.
 */
export async function checkRemovals(ctx: Ctx, parts: { marks?: boolean; rest?: boolean } = {}): Promise<void> {
  const { marks = true, rest = true } = parts;
  const r = ctx.plan.removals;
  const inside = (column: SQL) => sql`(${ctx.jurisdiction === null} or ${column} = any(${idList(ctx.jurisdiction ?? [])}::int[]))`;
  const refuse = (file: string, line: number, column: string, key: string, params?: Record<string, string | number>) => ctx.issues.add({ file, line, column, key, params });

  // Rows of ours to remove: those already gone are nothing to do; those outside are refused.
  const keep = async <T extends { id: number; line: number; sourcedId: string }>(rows: T[], file: string, query: SQL): Promise<T[]> => {
    const found = new Map((await ctx.tx.execute<{ id: string | number; org: number }>(query)).map((x) => [Number(x.id), x.org]));
    return rows.filter((row) => {
      const org = found.get(row.id);
      if (org === undefined) return false;
      if (ctx.jurisdiction !== null && !ctx.jurisdiction.has(org)) refuse(file, row.line, 'sourcedId', 'org_outside_jurisdiction', { id: row.sourcedId });
      return true;
    });
  };
  if (marks) r.marks = await keep(r.marks, 'results.csv', sql`select m.id, l.organization_id as org from marks m join lessons l on l.id = m.lesson_id where m.id = any(${idList(r.marks.map((m) => m.id))}::bigint[])`);
  if (rest) await checkRest(ctx, keep, refuse, inside);
  if (marks) await checkCategories(ctx, inside, refuse);
}

type Refuse = (file: string, line: number, column: string, key: string, params?: Record<string, string | number>) => void;
type Keep = <T extends { id: number; line: number; sourcedId: string }>(rows: T[], file: string, query: SQL) => Promise<T[]>;

async function checkRest(ctx: Ctx, keep: Keep, refuse: Refuse, inside: (column: SQL) => SQL): Promise<void> {
  const r = ctx.plan.removals;
  r.lessons = await keep(r.lessons, 'lineItems.csv', sql`select id, organization_id as org from lessons where id = any(${idList(r.lessons.map((l) => l.id))}::int[])`);
  r.classes = await keep(r.classes, 'classes.csv', sql`select id, organization_id as org from school_classes where id = any(${idList(r.classes.map((c) => c.id))}::int[])`);
  const sectionRows = await ctx.tx.execute<{ class_id: number; subject_id: number; org: number }>(sql`
    select cs.class_id, cs.subject_id, c.organization_id as org from class_subjects cs join school_classes c on c.id = cs.class_id
    where cs.class_id = any(${idList(r.sections.map((s) => s.classId))}::int[])`);
  const sectionOrg = new Map(sectionRows.map((s) => [`${s.class_id}-${s.subject_id}`, s.org]));
  r.sections = r.sections.filter((s) => {
    const org = sectionOrg.get(`${s.classId}-${s.subjectId}`);
    if (org !== undefined && ctx.jurisdiction !== null && !ctx.jurisdiction.has(org)) refuse('classes.csv', s.line, 'sourcedId', 'org_outside_jurisdiction', { id: s.sourcedId });
    return org !== undefined;
  });

  // Lessons left once this delta's line items are gone.
  const removedLessons = idList(r.lessons.map((l) => l.id));
  const lessonsLeft = await ctx.tx.execute<{ class_id: number; subject_id: number }>(sql`
    select distinct class_id, subject_id from lessons
    where class_id = any(${idList([...r.classes.map((c) => c.id), ...r.sections.map((s) => s.classId)])}::int[]) and id <> all(${removedLessons}::int[])`);
  const classesTaught = new Set(lessonsLeft.map((l) => l.class_id));
  const sectionsTaught = new Set(lessonsLeft.map((l) => `${l.class_id}-${l.subject_id}`));
  for (const c of r.classes) if (classesTaught.has(c.id)) refuse('classes.csv', c.line, 'status', 'class_has_lessons', { id: c.sourcedId });
  for (const s of r.sections) if (sectionsTaught.has(`${s.classId}-${s.subjectId}`)) refuse('classes.csv', s.line, 'status', 'class_has_lessons', { id: s.sourcedId });
  const removedClasses = idList(r.classes.map((c) => c.id));
  // A new or kept row of the bundle in a class this delta removes.
  const goneClasses = new Set(r.classes.map((c) => c.id));
  for (const e of ctx.plan.enrolments) if (!e.deleted && 'existing' in e.classRef && goneClasses.has(e.classRef.existing)) refuse('enrollments.csv', e.line, 'classSourcedId', 'class_removed');

  await checkAdminsRemain(ctx, refuse);

  // Reference data: refused while in use.
  for (const s of r.sessions) {
    const [use] =
      s.kind === 'year'
        ? await ctx.tx.execute<{ n: number }>(sql`select count(*)::int as n from school_classes where school_year = ${s.year} and ${inside(sql`organization_id`)} and id <> all(${removedClasses}::int[])`)
        : await ctx.tx.execute<{ n: number }>(sql`select count(*)::int as n from lessons where date between ${s.start}::date and ${s.end}::date and ${inside(sql`organization_id`)} and id <> all(${removedLessons}::int[])`);
    const planned = s.kind === 'year' ? ctx.plan.classes.some((c) => c.schoolYear === s.year) : ctx.plan.lessons.some((l) => l.date >= s.start && l.date <= s.end);
    if (use!.n > 0 || planned) refuse('academicSessions.csv', s.line, 'status', 'session_in_use');
  }
  for (const c of r.courses) {
    const [use] =
      c.code === 'homeroom'
        ? await ctx.tx.execute<{ n: number }>(sql`select count(*)::int as n from school_classes where ${inside(sql`organization_id`)} and id <> all(${removedClasses}::int[])`)
        : await ctx.tx.execute<{ n: number }>(sql`
            select count(*)::int as n from class_subjects cs join subjects s on s.id = cs.subject_id join school_classes k on k.id = cs.class_id
            where s.code = ${c.code} and ${inside(sql`k.organization_id`)} and k.id <> all(${removedClasses}::int[])
              and (cs.class_id, cs.subject_id) not in (select * from unnest(${idList(r.sections.map((x) => x.classId))}::int[], ${idList(r.sections.map((x) => x.subjectId))}::int[]))`);
    const planned = c.code === 'homeroom' ? ctx.plan.classes.length > 0 : ctx.plan.sections.some((s) => !s.stub && s.subjectCode === c.code);
    if (use!.n > 0 || planned) refuse('courses.csv', c.line, 'status', 'course_in_use');
  }
}

/** Categories (mark kinds) a row asked to delete: refused while a mark of the kind is left or comes with the bundle. */
async function checkCategories(ctx: Ctx, inside: (column: SQL) => SQL, refuse: Refuse): Promise<void> {
  const r = ctx.plan.removals;
  const removedLessons = idList(r.lessons.map((l) => l.id));
  for (const c of r.categories) {
    const [use] = await ctx.tx.execute<{ n: number }>(sql`
      select count(*)::int as n from marks m join lessons l on l.id = m.lesson_id
      where m.kind = ${c.kind} and ${inside(sql`l.organization_id`)} and l.id <> all(${removedLessons}::int[]) and m.id <> all(${idList(r.marks.map((x) => x.id))}::bigint[])`);
    if (use!.n > 0 || ctx.plan.marks.kinds.has(c.kind)) refuse('categories.csv', c.line, 'status', 'category_in_use');
  }
}

/**
 * People's last-admin rule (lib/people/admin/guard.ts) for a bundle: an organisation with admins
 * keeps one. Losing: memberships archived (a user's or a role's tobedeleted, a role's endDate) or
 * a role row of ours whose rights leave out admin; gaining: an active role row with the right.
 * Refused at the first row that takes one away, so no import locks a school out of its administration.
 */
async function checkAdminsRemain(ctx: Ctx, refuse: Refuse) {
  const losing = new Map<number, { file: string; line: number; column: string }>();
  for (const m of ctx.plan.removals.memberships) losing.set(m.id, { file: m.file, line: m.line, column: 'status' });
  for (const m of ctx.plan.memberships) {
    if (m.existing === null || losing.has(m.existing)) continue;
    if (m.fields.archivedAt !== null) losing.set(m.existing, { file: 'roles.csv', line: m.line, column: 'endDate' });
    else if (m.fields.isAdmin === false) losing.set(m.existing, { file: 'roles.csv', line: m.line, column: `${MD}rights` });
  }
  if (losing.size === 0) return;
  const gaining = new Set(ctx.plan.memberships.filter((m) => m.fields.isAdmin === true && m.fields.archivedAt === null && 'existing' in m.org && !(m.existing !== null && losing.has(m.existing))).map((m) => (m.org as { existing: number }).existing));
  const admins = await ctx.tx.execute<{ id: number; person: number; org: number; name: string }>(sql`
    select m.id, m.person_id as person, m.organization_id as org, o.short_name as name from memberships m join organizations o on o.id = m.organization_id
    where m.is_admin and m.archived_at is null
      and m.organization_id in (select organization_id from memberships where id = any(${idList(losing.keys())}::int[]) and is_admin and archived_at is null)`);
  const byOrg = new Map<number, { name: string; grants: AdminGrant[] }>();
  for (const a of admins) {
    if (!byOrg.has(a.org)) byOrg.set(a.org, { name: a.name, grants: [] });
    byOrg.get(a.org)!.grants.push({ membershipId: a.id, personId: a.person });
  }
  const losingIds = [...losing.keys()];
  for (const [org, { name, grants }] of byOrg) {
    if (gaining.has(org) || !leavesNoAdmin(grants, { membershipIds: losingIds })) continue;
    const first = grants.map((g) => losing.get(g.membershipId)!).sort((a, b) => a.line - b.line)[0]!;
    refuse(first.file, first.line, first.column, 'last_admin', { org: name });
  }
}
