import { sql } from 'drizzle-orm';
import type { AttendanceKind, LessonStatus, MarkKind } from '@/db/schema';
import { quarterOf, schoolCalendar } from '@/lib/journal/calendar';
import { cell, type Row } from './bundle';
import { MD, SCORE_STATUSES } from './files';
import { resolveSections } from './plan-classes';
import { categoryKind, MARK_KINDS, naturalSession, type Session } from './plan-orgs';
import { type Ctx, existingRows, isDate, isDeleted, isInstant, jsonCell, type LessonPlan, type MarkPlan, problem, type Ref, refKey, removalTarget, requiredAll, resolveAll, statusProblem } from './plan';

/** lineItems.csv and results.csv into lessons and marks (docs/oneroster.md). */

const isStringMap = (v: unknown): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
const isNumberMap = (v: unknown): v is Record<string, number> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => Number.isInteger(x));
const isEditList = (v: unknown): v is Array<[string, string, number, number]> =>
  Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 4 && typeof e[0] === 'string' && typeof e[1] === 'string' && Number.isInteger(e[2]) && Number.isInteger(e[3]));
const STATUSES: readonly LessonStatus[] = ['held', 'cancelled', 'substituted'];
const ATTENDANCE: readonly AttendanceKind[] = ['absent_illness', 'absent_other', 'late'];

export async function planLessons(ctx: Ctx, sessions: Map<string, Session>, categories: Map<string, MarkKind>): Promise<Map<string, MarkKind>> {
  const kindOfLesson = new Map<string, MarkKind>();
  const file = ctx.bundle.files.get('lineItems');
  if (!file) return kindOfLesson;
  const mapped = await existingRows(ctx, 'lesson', file.rows.map((r) => cell(file, r, 'sourcedId')));
  const sections = await resolveSections(ctx, file.rows.map((row) => ({ sourcedId: isDeleted(file, row) ? '' : cell(file, row, 'classSourcedId'), file, row, column: 'classSourcedId' })));
  // Teachers, substitutes and the students in the attendance and homework cells, all at once.
  const people: Array<{ sourcedId: string; row: Row; column: string }> = [];
  const extras = file.rows.map((row) => {
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
  const slots = new Map<string, number>();
  const nextPeriod = new Map<string, number>();

  file.rows.forEach((row, i) => {
    if (isDeleted(file, row)) {
      // The lesson goes, with its marks, attendance and homework, through lib/journal (write-removals).
      const target = removalTarget(ctx, file, row, mapped);
      if (target) ctx.plan.removals.lessons.push({ id: target.id, line: row.line, sourcedId: cell(file, row, 'sourcedId') });
      return;
    }
    const [sourcedId, assign] = requiredAll(ctx, file, row, ['sourcedId', 'assignDate', 'title', 'classSourcedId']);
    const period = cell(file, row, 'gradingPeriodSourcedId');
    const section = sections[i];
    if (statusProblem(ctx, file, row) || !sourcedId || !assign || !section || !('planned' in section)) return;
    const date = assign.slice(0, 10);
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
    const status = (md('status') || 'held') as LessonStatus;
    if (!STATUSES.includes(status)) problem(ctx, file, row, `${MD}status`, 'enum_invalid', { value: status });
    const recordedAt = md('recordedAt') || null;
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
      topic: md('topic') || cell(file, row, 'description') || null,
      teacher: md('teacher') ? (personOf.get(md('teacher')) ?? null) : null,
      substitute: md('substitute') ? (personOf.get(md('substitute')) ?? null) : null,
      recordedAt,
      homework: md('homework') || null,
      homeworkReports: Object.entries(reports).flatMap(([s, minutes]) => (personOf.has(s) ? [{ person: personOf.get(s)!, minutes }] : [])),
      attendance: Object.entries(attendance).flatMap(([s, kind]) => {
        if (!ATTENDANCE.includes(kind as AttendanceKind)) {
          problem(ctx, file, row, `${MD}attendance`, 'enum_invalid', { value: kind });
          return [];
        }
        return personOf.has(s) ? [{ person: personOf.get(s)!, kind: kind as AttendanceKind }] : [];
      }),
    };
    const index = ctx.plan.lessons.push(lesson) - 1;
    ctx.refs.lesson.set(sourcedId, lesson.existing === null ? { planned: index } : { existing: lesson.existing });
    kindOfLesson.set(sourcedId, categoryKind(cell(file, row, 'categorySourcedId'), categories.get(cell(file, row, 'categorySourcedId')) ?? ''));
  });
  await checkExistingLessons(ctx);
  return kindOfLesson;
}

/** An imported lesson read again must be the same lesson: changing one is not supported (its rollups would need undoing). */
async function checkExistingLessons(ctx: Ctx): Promise<void> {
  const again = ctx.plan.lessons.filter((l) => l.existing !== null);
  if (again.length === 0) return;
  const rows = await ctx.tx.execute<{ id: number; date: string; period: number; status: string }>(
    sql`select id, date::text as date, period, status from lessons where id = any(${`{${again.map((l) => l.existing).join(',')}}`}::int[])`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const l of again) {
    const r = byId.get(l.existing!);
    if (r && (r.date !== l.date || r.period !== l.period || r.status !== l.status)) {
      ctx.issues.add({ file: 'lineItems.csv', line: l.line, column: 'sourcedId', key: 'lesson_change_unsupported', params: { id: l.sourcedId } });
    }
  }
}

const DEFAULT_MAX: Record<MarkKind, number> = { point: 5, formative: 10, section_summative: 15, quarter_summative: 25 };

export async function planMarks(ctx: Ctx, kindOfLesson: Map<string, MarkKind>): Promise<void> {
  const file = ctx.bundle.files.get('results');
  if (!file) return;
  const mapped = await existingRows(ctx, 'mark', file.rows.map((r) => cell(file, r, 'sourcedId')));
  const kept = (row: Row, column: string) => (isDeleted(file, row) ? '' : cell(file, row, column));
  const lessons = await resolveAll(ctx, 'lesson', file.rows.map((row) => ({ sourcedId: kept(row, 'lineItemSourcedId'), file, row, column: 'lineItemSourcedId' })));
  const students = await resolveAll(ctx, 'person', file.rows.map((row) => ({ sourcedId: kept(row, 'studentSourcedId'), file, row, column: 'studentSourcedId' })));
  const editsByRow = file.rows.map((row) => jsonCell(ctx, file, row, `${MD}edits`, isEditList) ?? []);
  const editors = await resolveAll(ctx, 'person', file.rows.flatMap((row, i) => editsByRow[i]!.map((e) => ({ sourcedId: e[0], file, row, column: `${MD}edits` }))));
  let editor = 0;
  file.rows.forEach((row, i) => {
    if (isDeleted(file, row)) {
      const target = removalTarget(ctx, file, row, mapped);
      if (target) ctx.plan.removals.marks.push({ id: target.id, line: row.line, sourcedId: cell(file, row, 'sourcedId') });
      editor += editsByRow[i]!.length;
      return;
    }
    const edits = editsByRow[i]!.map(([, at, oldScore, newScore]) => ({ editor: editors[editor++], at, oldScore, newScore }));
    const [sourcedId, status, scoreDate] = requiredAll(ctx, file, row, ['sourcedId', 'scoreStatus', 'scoreDate', 'lineItemSourcedId', 'studentSourcedId']);
    const lesson = lessons[i];
    const student = students[i];
    if (statusProblem(ctx, file, row) || !sourcedId || !status || !scoreDate || !lesson || !student) return;
    if (!(SCORE_STATUSES as readonly string[]).includes(status)) {
      problem(ctx, file, row, 'scoreStatus', 'enum_invalid', { value: status });
      return;
    }
    if (status !== 'fully graded' && status !== 'partially graded') return;
    if (!isInstant(scoreDate) && !isDate(scoreDate)) problem(ctx, file, row, 'scoreDate', 'date_invalid', { value: scoreDate });
    const md = (c: string) => cell(file, row, `${MD}${c}`);
    const kind = (md('kind') || kindOfLesson.get(cell(file, row, 'lineItemSourcedId')) || 'point') as MarkKind;
    if (!MARK_KINDS.includes(kind)) {
      problem(ctx, file, row, `${MD}kind`, 'enum_invalid', { value: kind });
      return;
    }
    const maxScore = Number(md('maxScore') || DEFAULT_MAX[kind]);
    const raw = cell(file, row, 'score');
    const score = Number(raw);
    const low = kind === 'point' ? 2 : 0;
    const high = kind === 'point' ? 5 : maxScore;
    if (raw === '' || !Number.isInteger(score) || score < low || score > high || !Number.isInteger(maxScore) || maxScore < 1 || maxScore > 100) {
      problem(ctx, file, row, 'score', 'score_invalid', { value: raw, min: low, max: high });
      return;
    }
    if (edits.some((e) => !e.editor || !isInstant(e.at))) return;
    const createdAt = md('createdAt') || (isDate(scoreDate) ? `${scoreDate}T12:00:00+05:00` : scoreDate);
    const mark: MarkPlan = {
      sourcedId,
      line: row.line,
      existing: mapped.get(sourcedId)?.id ?? null,
      lesson,
      student,
      kind,
      score,
      maxScore,
      createdAt: new Date(createdAt).toISOString(),
      edits: edits.map((e) => ({ editor: e.editor!, at: new Date(e.at).toISOString(), oldScore: e.oldScore, newScore: e.newScore })),
    };
    ctx.plan.marks.push(mark);
  });
}
