import { sql } from 'drizzle-orm';
import type { AttendanceKind, LessonStatus, MarkKind } from '@/db/schema';
import { quarterOf, schoolCalendar } from '@/lib/journal/calendar';
import { cell, type CsvFile, own, type Row } from './bundle';
import { mdColumn } from './files';
import { resolveSections } from './plan-classes';
import { categoryKind, naturalSession, type Session } from './plan-reference';
import { type LessonPlan, type LessonRows, packRef, type Ref, refKey, ATTENDANCE_KINDS } from './plan';
import { type Ctx, existingRows, isDate, isDeleted, isInstant, jsonCell, problem, removalTarget, requiredAll, resolveAll, statusProblem } from './plan-context';
import { idList } from '@/db/bulk-insert';

/** lineItems.csv into lessons (docs/oneroster.md); results.csv is plan-marks.ts. */

const isStringMap = (v: unknown): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
const isNumberMap = (v: unknown): v is Record<string, number> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => Number.isInteger(x));
const STATUSES: readonly LessonStatus[] = ['held', 'cancelled', 'substituted'];
/** Rows of lineItems.csv read at a time. */
const LESSON_CHUNK = 20_000;
/** A lesson with no attendance or homework reports shares this one empty map. */
const NONE_MAP: Record<string, never> = {};

/**
 * A class's day (days since 1970), or its lesson slot (a day and a period), as a number: a city's
 * 2.5 M lessons kept a string key each for the whole import, and the heap near its limit made
 * every row cost several times more in garbage collection. What does not fit (a period outside
 * 1–20, which is a problem already; a day before 1970 or after 13,000; a class id over 2^24) keeps
 * a string key.
 */
const classNo = packRef;
const fits = (r: Ref, day: number) => classNo(r) < 2 ** 25 && day >= 0 && day < 2 ** 22;
const dayKey = (r: Ref, day: number, date: string): number | string => (fits(r, day) ? classNo(r) * 2 ** 22 + day : `${refKey(r)}|${date}`);
const slotKey = (r: Ref, day: number, date: string, period: number): number | string =>
  fits(r, day) && Number.isInteger(period) && period >= 1 && period <= 20 ? (classNo(r) * 2 ** 22 + day) * 32 + period : `${refKey(r)}|${date}|${period}`;

export async function planLessons(ctx: Ctx, sessions: Map<string, Session>, categories: Map<string, MarkKind>): Promise<Map<string, MarkKind>> {
  const kindOfLesson = new Map<string, MarkKind>();
  const file = ctx.bundle.files.get('lineItems');
  if (!file) return kindOfLesson;
  const slots = new Map<number | string, number>();
  // One string per date, status, attendance kind, topic and homework text, not one per lesson (2.5 M at city scale).
  const dates = new Map<string, string>();
  const dayOf = new Map<string, number>();
  const texts = new Map<string, string>();
  const shared = (value: string): string => {
    const known = texts.get(value);
    if (known !== undefined) return known;
    const kept = own(value);
    texts.set(kept, kept);
    return kept;
  };
  const one = <T extends string>(values: readonly T[], value: string): string => values.find((v) => v === value) ?? value;
  const nextPeriod = new Map<number | string, number>();
  // Read a chunk at a time (lineItems.csv is a streamed file, bundle.ts): only the lessons' plans are kept.
  let done = 0;
  for await (const rows of file.chunks(LESSON_CHUNK)) {
    ctx.progress?.('lineItems.csv', (done += rows.length), file.rowCount);
    const mapped = await existingRows(ctx, 'lesson', rows.map((r) => cell(file, r, 'sourcedId')));
    const sections = await resolveSections(ctx, rows.map((row) => ({ sourcedId: isDeleted(file, row) ? '' : cell(file, row, 'classSourcedId'), file, row, column: 'classSourcedId' })));
    // Teachers, substitutes and the students in the attendance and homework cells, a chunk's at once.
    const people: Array<{ sourcedId: string; file: CsvFile; row: Row; column: string }> = [];
    const extras = rows.map((row) => {
      const teacher = cell(file, row, mdColumn('teacher'));
      const substitute = cell(file, row, mdColumn('substitute'));
      const attendance = jsonCell(ctx, file, row, mdColumn('attendance'), isStringMap) ?? NONE_MAP;
      const reports = jsonCell(ctx, file, row, mdColumn('homeworkReports'), isNumberMap) ?? NONE_MAP;
      people.push({ sourcedId: teacher, file, row, column: mdColumn('teacher') }, { sourcedId: substitute, file, row, column: mdColumn('substitute') });
      for (const s of Object.keys(attendance)) people.push({ sourcedId: s, file, row, column: mdColumn('attendance') });
      for (const s of Object.keys(reports)) people.push({ sourcedId: s, file, row, column: mdColumn('homeworkReports') });
      return { attendance, reports };
    });
    const resolved = await resolveAll(ctx, 'person', people);
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
      const ymd = assign.slice(0, 10);
      const date = dates.get(ymd) ?? (dates.set(ymd, ymd), ymd);
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
      const md = (c: string) => cell(file, row, mdColumn(c));
      const day = dayOf.get(date) ?? (dayOf.set(date, Date.parse(`${date}T00:00:00Z`) / 86_400_000), dayOf.get(date)!);
      const classDay = dayKey(plan.homeroom, day, date);
      let lessonPeriod: number;
      if (md('period')) {
        lessonPeriod = Number(md('period'));
        if (!Number.isInteger(lessonPeriod) || lessonPeriod < 1 || lessonPeriod > 20) problem(ctx, file, row, mdColumn('period'), 'number_invalid', { value: md('period') });
      } else {
        lessonPeriod = (nextPeriod.get(classDay) ?? 0) + 1;
      }
      nextPeriod.set(classDay, Math.max(nextPeriod.get(classDay) ?? 0, lessonPeriod));
      const slot = slotKey(plan.homeroom, day, date, lessonPeriod);
      if (slots.has(slot)) problem(ctx, file, row, mdColumn('period'), 'lesson_slot_twice', { line: slots.get(slot)! });
      slots.set(slot, row.line);
      const status = one(STATUSES, md('status') || 'held') as LessonStatus;
      if (!STATUSES.includes(status)) problem(ctx, file, row, mdColumn('status'), 'enum_invalid', { value: status });
      const recordedAt = md('recordedAt') || null;
      if (recordedAt && !isInstant(recordedAt)) problem(ctx, file, row, mdColumn('recordedAt'), 'date_invalid', { value: recordedAt });
      const { attendance, reports } = extras[i]!;
      const reported = reports === NONE_MAP ? [] : Object.entries(reports).flatMap(([s, minutes]) => (personOf.has(s) ? [[packRef(personOf.get(s)!), minutes]] : []));
      const absent =
        attendance === NONE_MAP
          ? []
          : Object.entries(attendance).flatMap(([s, kind]) => {
              const k = ATTENDANCE_KINDS.indexOf(kind as AttendanceKind);
              if (k < 0) {
                problem(ctx, file, row, mdColumn('attendance'), 'enum_invalid', { value: kind });
                return [];
              }
              return personOf.has(s) ? [[packRef(personOf.get(s)!), k]] : [];
            });
      const lesson: LessonPlan = {
        sourcedId,
        line: row.line,
        existing: mapped.get(sourcedId)?.id ?? null,
        section,
        date,
        quarter,
        period: lessonPeriod,
        status,
        topic: shared(md('topic') || cell(file, row, 'description')) || null,
        teacher: md('teacher') ? (personOf.get(md('teacher')) ?? null) : null,
        substitute: md('substitute') ? (personOf.get(md('substitute')) ?? null) : null,
        recordedAt: recordedAt ? Date.parse(recordedAt) : null,
        homework: shared(md('homework')) || null,
      };
      const index = ctx.plan.lessons.push(lesson) - 1;
      for (const [person, minutes] of reported) addLessonRow(ctx.plan.homeworkReports, index, person!, minutes!);
      for (const [person, kind] of absent) addLessonRow(ctx.plan.attendance, index, person!, kind!);
      ctx.refs.lesson.set(sourcedId, lesson.existing === null ? { planned: index } : { existing: lesson.existing });
      // 'point' is what a result without a kind of its own gets anyway (plan-marks.ts): only the others are kept.
      const kind = categoryKind(cell(file, row, 'categorySourcedId'), categories.get(cell(file, row, 'categorySourcedId')) ?? '');
      if (kind === 'point') kindOfLesson.delete(sourcedId);
      else kindOfLesson.set(sourcedId, kind);
    });
  }
  await checkExistingLessons(ctx);
  return kindOfLesson;
}

function addLessonRow(rows: LessonRows, lesson: number, person: number, value: number): void {
  rows.lesson.push(lesson);
  rows.person.push(person);
  rows.value.push(value);
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
