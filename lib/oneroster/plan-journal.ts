import { sql } from 'drizzle-orm';
import type { AttendanceKind, LessonStatus, MarkKind } from '@/db/schema';
import { quarterOf, schoolCalendar } from '@/lib/journal/calendar';
import { cell, own, type Row } from './bundle';
import { MD } from './files';
import { resolveSections } from './plan-classes';
import { categoryKind, naturalSession, type Session } from './plan-reference';
import { type Ctx, existingRows, isDate, isDeleted, isInstant, jsonCell, type LessonPlan, problem, type Ref, refKey, removalTarget, requiredAll, resolveAll, statusProblem } from './plan';
import { idList } from '@/db/bulk-insert';

/** lineItems.csv into lessons (docs/oneroster.md); results.csv is plan-marks.ts. */

const isStringMap = (v: unknown): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
const isNumberMap = (v: unknown): v is Record<string, number> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => Number.isInteger(x));
const STATUSES: readonly LessonStatus[] = ['held', 'cancelled', 'substituted'];
/** Rows of lineItems.csv read at a time. */
const LESSON_CHUNK = 20_000;
const ATTENDANCE: readonly AttendanceKind[] = ['absent_illness', 'absent_other', 'late'];

export async function planLessons(ctx: Ctx, sessions: Map<string, Session>, categories: Map<string, MarkKind>): Promise<Map<string, MarkKind>> {
  const kindOfLesson = new Map<string, MarkKind>();
  const file = ctx.bundle.files.get('lineItems');
  if (!file) return kindOfLesson;
  const slots = new Map<string, number>();
  // One string per date, status and attendance kind, not one per lesson (2.5 M at city scale).
  const dates = new Map<string, string>();
  const one = <T extends string>(values: readonly T[], value: string): string => values.find((v) => v === value) ?? value;
  const nextPeriod = new Map<string, number>();
  // Read a chunk at a time (lineItems.csv is a streamed file, bundle.ts): only the lessons' plans are kept.
  let done = 0;
  for await (const rows of file.chunks(LESSON_CHUNK)) {
    ctx.progress?.('lineItems.csv', (done += rows.length), file.rowCount);
    const mapped = await existingRows(ctx, 'lesson', rows.map((r) => cell(file, r, 'sourcedId')));
    const sections = await resolveSections(ctx, rows.map((row) => ({ sourcedId: isDeleted(file, row) ? '' : cell(file, row, 'classSourcedId'), file, row, column: 'classSourcedId' })));
    // Teachers, substitutes and the students in the attendance and homework cells, a chunk's at once.
    const people: Array<{ sourcedId: string; row: Row; column: string }> = [];
    const extras = rows.map((row) => {
      const teacher = cell(file, row, `${MD}teacher`);
      const substitute = cell(file, row, `${MD}substitute`);
      const attendance = jsonCell(ctx, file, row, `${MD}attendance`, isStringMap) ?? {};
      const reports = jsonCell(ctx, file, row, `${MD}homeworkReports`, isNumberMap) ?? {};
      people.push({ sourcedId: teacher, row, column: `${MD}teacher` }, { sourcedId: substitute, row, column: `${MD}substitute` });
      for (const s of Object.keys(attendance)) people.push({ sourcedId: s, row, column: `${MD}attendance` });
      for (const s of Object.keys(reports)) people.push({ sourcedId: s, row, column: `${MD}homeworkReports` });
      return { attendance, reports };
    });
    const resolved = await resolveAll(ctx, 'person', people.map((p) => ({ ...p, file })));
    const personOf = new Map<string, Ref>();
    people.forEach((p, i) => resolved[i] && personOf.set(p.sourcedId, resolved[i]!));
    rows.forEach((row, i) => {
      if (isDeleted(file, row)) {
        // The lesson goes, with its marks, attendance and homework, through lib/journal (write-removals).
        const target = removalTarget(ctx, file, row, mapped);
        if (target) ctx.plan.removals.lessons.push({ id: target.id, line: row.line, sourcedId: cell(file, row, 'sourcedId') });
        return;
      }
      const [read, assign] = requiredAll(ctx, file, row, ['sourcedId', 'assignDate', 'title', 'classSourcedId']);
      const sourcedId = read && own(read);
      const period = cell(file, row, 'gradingPeriodSourcedId');
      const section = sections[i];
      if (statusProblem(ctx, file, row) || !sourcedId || !assign || !section || !('planned' in section)) return;
      const day = assign.slice(0, 10);
      const date = dates.get(day) ?? (dates.set(day, day), day);
      if (!isDate(date)) {
        problem(ctx, file, row, 'assignDate', 'date_invalid', { value: assign });
        return;
      }
      const plan = ctx.plan.sections[section.planned]!;
      const session = sessions.get(period) ?? naturalSession(period);
      const homeroom = 'planned' in plan.homeroom ? ctx.plan.classes[plan.homeroom.planned] : undefined;
      const year = session?.year ?? homeroom?.schoolYear ?? (Number(date.slice(5, 7)) >= 9 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1);
      const quarter = session?.kind === 'quarter' ? session.quarter : quarterOf(schoolCalendar(year), date);
      if (!quarter) {
        problem(ctx, file, row, 'gradingPeriodSourcedId', 'quarter_unknown', { id: period, date });
        return;
      }
      const md = (c: string) => cell(file, row, `${MD}${c}`);
      const slotClass = refKey(plan.homeroom);
      let lessonPeriod: number;
      if (md('period')) {
        lessonPeriod = Number(md('period'));
        if (!Number.isInteger(lessonPeriod) || lessonPeriod < 1 || lessonPeriod > 20) problem(ctx, file, row, `${MD}period`, 'number_invalid', { value: md('period') });
      } else {
        lessonPeriod = (nextPeriod.get(`${slotClass}|${date}`) ?? 0) + 1;
      }
      nextPeriod.set(`${slotClass}|${date}`, Math.max(nextPeriod.get(`${slotClass}|${date}`) ?? 0, lessonPeriod));
      const slot = `${slotClass}|${date}|${lessonPeriod}`;
      if (slots.has(slot)) problem(ctx, file, row, `${MD}period`, 'lesson_slot_twice', { line: slots.get(slot)! });
      slots.set(slot, row.line);
      const status = one(STATUSES, md('status') || 'held') as LessonStatus;
      if (!STATUSES.includes(status)) problem(ctx, file, row, `${MD}status`, 'enum_invalid', { value: status });
      const recordedAt = md('recordedAt') ? own(md('recordedAt')) : null;
      if (recordedAt && !isInstant(recordedAt)) problem(ctx, file, row, `${MD}recordedAt`, 'date_invalid', { value: recordedAt });
      const { attendance, reports } = extras[i]!;
      const lesson: LessonPlan = {
        sourcedId,
        line: row.line,
        existing: mapped.get(sourcedId)?.id ?? null,
        section,
        date,
        quarter,
        period: lessonPeriod,
        status,
        topic: own(md('topic') || cell(file, row, 'description')) || null,
        teacher: md('teacher') ? (personOf.get(md('teacher')) ?? null) : null,
        substitute: md('substitute') ? (personOf.get(md('substitute')) ?? null) : null,
        recordedAt,
        homework: own(md('homework')) || null,
        homeworkReports: Object.entries(reports).flatMap(([s, minutes]) => (personOf.has(s) ? [{ person: personOf.get(s)!, minutes }] : [])),
        attendance: Object.entries(attendance).flatMap(([s, kind]) => {
          if (!ATTENDANCE.includes(kind as AttendanceKind)) {
            problem(ctx, file, row, `${MD}attendance`, 'enum_invalid', { value: kind });
            return [];
          }
          return personOf.has(s) ? [{ person: personOf.get(s)!, kind: one(ATTENDANCE, kind) as AttendanceKind }] : [];
        }),
      };
      const index = ctx.plan.lessons.push(lesson) - 1;
      ctx.refs.lesson.set(sourcedId, lesson.existing === null ? { planned: index } : { existing: lesson.existing });
      kindOfLesson.set(sourcedId, categoryKind(cell(file, row, 'categorySourcedId'), categories.get(cell(file, row, 'categorySourcedId')) ?? ''));
    });
  }
  await checkExistingLessons(ctx);
  return kindOfLesson;
}

/** An imported lesson read again must be the same lesson: changing one is not supported (its rollups would need undoing). */
async function checkExistingLessons(ctx: Ctx): Promise<void> {
  const again = ctx.plan.lessons.filter((l) => l.existing !== null);
  if (again.length === 0) return;
  const rows = await ctx.tx.execute<{ id: number; date: string; period: number; status: string }>(
    sql`select id, date::text as date, period, status from lessons where id = any(${idList(again.map((l) => l.existing!))}::int[])`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const l of again) {
    const r = byId.get(l.existing!);
    if (r && (r.date !== l.date || r.period !== l.period || r.status !== l.status)) {
      ctx.issues.add({ file: 'lineItems.csv', line: l.line, column: 'sourcedId', key: 'lesson_change_unsupported', params: { id: l.sourcedId } });
    }
  }
}
