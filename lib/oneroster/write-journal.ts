import type { DbTransaction } from '@/db';
import { sql } from 'drizzle-orm';
import { recordAttendance } from '@/lib/journal/attendance';
import { recordHomework, recordHomeworkReports } from '@/lib/journal/homework';
import { recordLessons } from '@/lib/journal/lessons';
import { lastMarkId, recountMarkRollups } from '@/lib/journal/marks';
import { recordStudentMovements } from '@/lib/journal/school';
import { recordSignIns, type SignIn } from '@/lib/journal/sign-ins';
import { ATTENDANCE_KINDS, type LessonRows, type Plan, unpackRef } from './plan';
import type { MarkSink } from './plan-marks';
import { writeMarks } from './write-marks';
import { count, type Counts, type Ids, idOf } from './write-roster';
import { keptIds, remember } from './ids';
import { idList } from '@/db/bulk-insert';

/**
 * Writes the journal half of a plan through lib/journal — the functions that keep the report
 * rollups current in the same statements — so every report shows the imported data at once.
 */

/** Rows per progress step of the big files. */
const STEP = 20_000;

/**
 * Rows done of rows in a step: a file's name ("results.csv"), a part of a file's work after a colon
 * (`lineItems.csv:details`, `results.csv:rollups`, `users.csv:sign_ins`) or `roster`; the Data
 * exchange page words each (components/data-exchange/run-panel.tsx, DataExchange.step_*).
 */
export type Progress = (step: string, done: number, total: number) => void;

export async function writeJournal(
  tx: DbTransaction,
  plan: Plan,
  roster: Ids,
  counts: Counts,
  progress: Progress,
  streamMarks: (sink: MarkSink) => Promise<unknown>,
  code: string,
): Promise<void> {
  const personId = (ref: Parameters<typeof idOf>[0]) => idOf(ref, roster.persons);
  // Every section the lessons use: its class, subject, school and teacher.
  const sectionOf = plan.sections.map((s) => ({ classId: s.existing?.classId ?? idOf(s.homeroom, roster.classes), subjectId: s.existing?.subjectId ?? roster.subjects.get(s.subjectCode)!, teacher: s.teacher ? personId(s.teacher) : null }));
  const classIds = sectionOf.map((s) => s.classId);
  const facts = new Map(
    (await tx.execute<{ class_id: number; subject_id: number; organization_id: number; teacher: number | null }>(sql`
      select c.id as class_id, cs.subject_id, c.organization_id, cs.teacher_person_id as teacher
      from school_classes c left join class_subjects cs on cs.class_id = c.id
      where c.id = any(${idList(classIds)}::int[])`)).map((r) => [`${r.class_id}|${r.subject_id}`, r]),
  );
  const orgOfClass = new Map([...facts.values()].map((f) => [f.class_id, f.organization_id]));

  // Each chunk's inputs are made when it is written: a city's 2.5 M lesson inputs held at once were a gigabyte.
  const lessonIds: number[] = [];
  let fresh = 0;
  for (let from = 0; from < plan.lessons.length || from === 0; from += STEP) {
    const part = plan.lessons.slice(from, from + STEP);
    const inputs = part.flatMap((l) => {
      if (l.existing !== null) return [];
      const s = sectionOf['planned' in l.section ? l.section.planned : -1]!;
      return [
        {
          organizationId: orgOfClass.get(s.classId)!,
          classId: s.classId,
          subjectId: s.subjectId,
          teacherPersonId: l.teacher ? personId(l.teacher) : (s.teacher ?? facts.get(`${s.classId}|${s.subjectId}`)!.teacher!),
          substitutePersonId: l.substitute ? personId(l.substitute) : null,
          date: l.date,
          period: l.period,
          quarter: l.quarter,
          status: l.status,
          topic: l.topic,
          recordedAt: l.recordedAt !== null ? new Date(l.recordedAt) : null,
        },
      ];
    });
    const created = await recordLessons(tx, inputs);
    let next = 0;
    for (const l of part) lessonIds.push(l.existing ?? created[next++]!);
    fresh += inputs.length;
    progress('lineItems.csv', Math.min(plan.lessons.length, from + STEP), plan.lessons.length);
  }
  count(counts, 'lessons', fresh);
  await writeLessonDetails(tx, plan, lessonIds, personId, counts, progress);
  await remember(tx, 'lesson', keptIds(code, plan.lessons, (_, i) => lessonIds[i]!));
  // The lessons are written, with their details and sourcedIds: the marks need only their ids
  // (and the sourcedId map the planning made). Their plans (over a gigabyte at city scale) go
  // now, not after the marks and the sign-ins: a heap that size made garbage collection half of
  // the marks' time.
  plan.lessons.length = 0;
  for (const rows of [plan.attendance, plan.homeworkReports]) for (const column of Object.values(rows)) column.length = 0;

  // Marks: results.csv read again, a chunk at a time, each chunk written as it comes; then their rollups, in one pass.
  const lastMark = await lastMarkId(tx);
  await streamMarks(writeMarks(tx, lessonIds, personId, counts, code, progress));
  progress('results.csv:rollups', 0, 1);
  await recountMarkRollups(tx, lastMark);
  progress('results.csv:rollups', 1, 1);
}

/** Attendance, homework and its reports: all of a new lesson's, and what an imported lesson does not have yet; a chunk of lessons at a time. */
async function writeLessonDetails(tx: DbTransaction, plan: Plan, lessonIds: number[], personId: (ref: Parameters<typeof idOf>[0]) => number, counts: Counts, progress: Progress): Promise<void> {
  const known = plan.lessons.flatMap((l, i) => (l.existing === null ? [] : [lessonIds[i]!]));
  const absent = new Set((await tx.execute<{ k: string }>(sql`select lesson_id || '|' || student_person_id as k from attendance_marks where lesson_id = any(${idList(known)}::int[])`)).map((r) => r.k));
  const homework = new Map((await tx.execute<{ id: number; lesson_id: number }>(sql`select id, lesson_id from homework where lesson_id = any(${idList(known)}::int[])`)).map((h) => [h.lesson_id, h.id]));
  const reported = new Set(
    (await tx.execute<{ k: string }>(sql`select homework_id || '|' || student_person_id as k from homework_reports where homework_id = any(${idList(homework.values())}::int[])`)).map((r) => r.k),
  );
  count(counts, 'attendance', 0);
  count(counts, 'homework', 0);
  count(counts, 'homeworkReports', 0);
  for (let from = 0; from < plan.lessons.length; from += STEP) {
    const part = plan.lessons.slice(from, from + STEP);
    const idAt = (i: number) => lessonIds[from + i]!;
    const to = from + part.length;
    const attendance = rowsOf(plan.attendance, from, to, (i, person, kind) => ({ lessonId: lessonIds[i]!, studentPersonId: personId(unpackRef(person)), kind: ATTENDANCE_KINDS[kind]! })).filter(
      (a) => !absent.has(`${a.lessonId}|${a.studentPersonId}`),
    );
    await recordAttendance(tx, attendance);
    count(counts, 'attendance', attendance.length);

    const set = part.flatMap((l, i) => (l.homework !== null && !homework.has(idAt(i)) ? [{ lessonId: idAt(i), text: l.homework }] : []));
    const setIds = await recordHomework(tx, set);
    const setNow = new Map(set.map((h, i) => [h.lessonId, setIds[i]!]));
    count(counts, 'homework', set.length);
    const reports = rowsOf(plan.homeworkReports, from, to, (i, person, minutes) => {
      const homeworkId = homework.get(lessonIds[i]!) ?? setNow.get(lessonIds[i]!);
      return homeworkId === undefined ? null : { homeworkId, studentPersonId: personId(unpackRef(person)), minutes };
    }).filter((r) => !reported.has(`${r.homeworkId}|${r.studentPersonId}`));
    await recordHomeworkReports(tx, reports);
    count(counts, 'homeworkReports', reports.length);
    progress('lineItems.csv:details', to, plan.lessons.length);
  }
}

/** The rows of lessons [from, to), made by `make` (null: none). LessonRows are in lesson order: the first is found by halving. */
function rowsOf<T>(rows: LessonRows, from: number, to: number, make: (lesson: number, person: number, value: number) => T | null): T[] {
  let lo = 0;
  let hi = rows.lesson.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows.lesson[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < rows.lesson.length && rows.lesson[k]! < to; k++) {
    const row = make(rows.lesson[k]!, rows.person[k]!, rows.value[k]!);
    if (row !== null) out.push(row);
  }
  return out;
}

/**
 * Sign-ins in the order of time, with the memberships that ended archived at the moment they
 * ended: a sign-in counts for the organisations its user was an active member of then, as it
 * did when it happened. Then the students' movements.
 */
export async function writeSignInsAndEnds(tx: DbTransaction, plan: Plan, roster: Ids, counts: Counts, progress: Progress): Promise<void> {
  const withUser = plan.persons.map((p, i) => ({ p, personId: roster.persons[i]! })).filter((x) => x.p.signIns.length > 0);
  const userOf = new Map(
    (await tx.execute<{ id: number; person_id: number }>(sql`select id, person_id from users where person_id = any(${idList(withUser.map((x) => x.personId))}::int[])`)).map((u) => [u.person_id, u.id]),
  );
  const seen = new Set(
    (await tx.execute<{ k: string }>(sql`
      select user_id || '|' || (extract(epoch from signed_in_at) * 1000)::bigint as k from sign_ins where user_id = any(${idList(userOf.values())}::int[])`)).map((r) => r.k),
  );
  const signIns: SignIn[] = withUser.flatMap((x) => {
    const userId = userOf.get(x.personId);
    return userId === undefined ? [] : x.p.signIns.filter((ms) => !seen.has(`${userId}|${ms}`)).map((ms) => ({ userId, at: new Date(ms) }));
  });
  signIns.sort((a, b) => a.at.getTime() - b.at.getTime());

  const ends = new Map<number, number[]>();
  plan.memberships.forEach((m, i) => {
    if (m.fields.archivedAt === null) return;
    if (m.existing !== null) return; // an existing one was archived (or not) by writeRoster
    const at = Date.parse(m.fields.archivedAt);
    ends.set(at, [...(ends.get(at) ?? []), roster.memberships[i]!]);
  });
  let from = 0;
  for (const at of [...ends.keys()].sort((a, b) => a - b)) {
    let to = from;
    while (to < signIns.length && signIns[to]!.at.getTime() < at) to++;
    await recordSignIns(tx, signIns.slice(from, to));
    from = to;
    await tx.execute(sql`update memberships set archived_at = ${new Date(at).toISOString()}::timestamptz where id = any(${idList(ends.get(at)!)}::int[]) and archived_at is null`);
    progress('users.csv:sign_ins', from, signIns.length);
  }
  await recordSignIns(tx, signIns.slice(from));
  count(counts, 'signIns', signIns.length);
  progress('users.csv:sign_ins', signIns.length, signIns.length);

  const movements = plan.memberships.flatMap((m, i) =>
    m.movements.map((mv) => ({
      organizationId: 'existing' in m.org ? m.org.existing : roster.orgs[m.org.planned]!,
      studentPersonId: idOf(m.person, roster.persons),
      kind: mv.kind,
      date: mv.date,
      classId: mv.classRef ? idOf(mv.classRef, roster.classes) : null,
      counterpart: mv.counterpart,
      membership: roster.memberships[i]!,
    })),
  );
  const recorded = new Set(
    (await tx.execute<{ k: string }>(sql`
      select concat_ws('|', organization_id, student_person_id, kind, date, counterpart) as k from student_movements
      where student_person_id = any(${idList(movements.map((m) => m.studentPersonId))}::int[])`)).map((r) => r.k),
  );
  const add = movements.filter((m) => !recorded.has([m.organizationId, m.studentPersonId, m.kind, m.date, m.counterpart].join('|')));
  await recordStudentMovements(tx, add);
  count(counts, 'movements', add.length);
}
