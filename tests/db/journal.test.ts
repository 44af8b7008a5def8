import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalClassStats, journalEdits, memberships, studentMovements } from '@/db/schema';
import { recordAttendance } from '@/lib/journal/attendance';
import { recordHomework, recordHomeworkReports } from '@/lib/journal/homework';
import { recordLessons } from '@/lib/journal/lessons';
import { changeMarks, gradeSql, lastMarkId, recordMarks, recountMarkRollups } from '@/lib/journal/marks';
import type { DbExecutor } from '@/db';
import { assignTeaching, createClasses, enrolStudents, ensureSubjects, recordStudentMovements } from '@/lib/journal/school';
import type { AnyReportDefinition } from '@/lib/reports/definition';
import { INSTITUTION_REPORT_DEFINITIONS } from '@/lib/reports/institution';
import { runReport } from '@/lib/reports/run';
import { loadReportScope, type ReportScope } from '@/lib/reports/scope';
import { buildReportFixture, type Fixture } from './report-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let fx: Fixture;
let scope: ReportScope;
let classId = 0;
let markIds: number[] = [];

/**
 * One class of Alpha school, two students, maths on two days of quarter 2:
 *   L1 23 Nov, 1st: held, topic, filled in that day — Sara "5"; Sanzhar absent (illness)
 *   L2 23 Nov, 2nd: cancelled
 *   L3 23 Nov, 3rd: substituted by Timur, no topic — Sara formative 8/10; Sanzhar absent (illness)
 *   L4 24 Nov, 1st: held, filled in on the 26th (late) — section work: Sara 13/20 (65 % → "4"),
 *      Sanzhar 7/20 (35 % → "2"), Sanzhar late
 *   Homework on L1 (Sara 30 min) and L4 (Sara 20, Sanzhar 40). Then Timur changes Sara's "5" to "4".
 */
beforeAll(async () => {
  fx = await buildReportFixture(db);
  scope = (await loadReportScope(db, fx.authority, 'en'))!;
  const { s1 } = fx.schools;
  const { dana, timur, sara, sanzhar } = fx.people;
  const subjects = await ensureSubjects(db, [{ code: 'mathematics', nameKk: 'Математика', nameRu: 'Математика', nameEn: 'Mathematics', graded: true, sortOrder: 1 }]);
  const math = subjects.get('mathematics')!;
  classId = (await createClasses(db, [{ organizationId: s1, schoolYear: 2026, grade: 5, letter: 'Ә', formTeacherPersonId: dana.personId }]))[0]!;
  await enrolStudents(db, [sara, sanzhar].map((s) => ({ classId, studentPersonId: s.personId })));
  await assignTeaching(db, [{ classId, subjectId: math, teacherPersonId: dana.personId, lessonsPerWeek: 5 }]);
  const lesson = (date: string, period: number, status: 'held' | 'cancelled' | 'substituted', recordedAt: string | null, topic: string | null) => ({
    organizationId: s1,
    classId,
    subjectId: math,
    teacherPersonId: dana.personId,
    substitutePersonId: status === 'substituted' ? timur.personId : null,
    date,
    period,
    quarter: 2,
    status,
    topic,
    recordedAt: recordedAt ? new Date(recordedAt) : null,
  });
  const [l1, l2, l3, l4] = await recordLessons(db, [
    lesson('2026-11-23', 1, 'held', '2026-11-23T04:00:00Z', 'Fractions'),
    lesson('2026-11-23', 2, 'cancelled', null, null),
    lesson('2026-11-23', 3, 'substituted', null, null),
    // 00:30 on the 26th in Almaty is still the 25th in UTC: late either way.
    lesson('2026-11-24', 1, 'held', '2026-11-25T19:30:00Z', 'Decimals'),
  ]);
  expect(l2).toBeGreaterThan(0);
  const created = new Date('2026-11-24T10:00:00Z');
  await recordMarks(db, [
    { lessonId: l1!, studentPersonId: sara.personId, kind: 'point', score: 5, maxScore: 5, createdAt: created },
    { lessonId: l3!, studentPersonId: sara.personId, kind: 'formative', score: 8, maxScore: 10, createdAt: created },
  ]);
  // A second batch for a lesson that already has marks must not count the lesson twice.
  await recordMarks(db, [
    { lessonId: l4!, studentPersonId: sara.personId, kind: 'section_summative', score: 13, maxScore: 20, createdAt: created },
    { lessonId: l4!, studentPersonId: sanzhar.personId, kind: 'section_summative', score: 7, maxScore: 20, createdAt: created },
    { lessonId: l1!, studentPersonId: sara.personId, kind: 'formative', score: 9, maxScore: 10, createdAt: created },
  ]);
  await recordAttendance(db, [
    { lessonId: l1!, studentPersonId: sanzhar.personId, kind: 'absent_illness' },
    { lessonId: l3!, studentPersonId: sanzhar.personId, kind: 'absent_illness' },
    { lessonId: l4!, studentPersonId: sanzhar.personId, kind: 'late' },
  ]);
  const [h1, h4] = await recordHomework(db, [
    { lessonId: l1!, text: '§1' },
    { lessonId: l4!, text: '§2' },
  ]);
  await recordHomeworkReports(db, [
    { homeworkId: h1!, studentPersonId: sara.personId, minutes: 30 },
    { homeworkId: h4!, studentPersonId: sara.personId, minutes: 20 },
    { homeworkId: h4!, studentPersonId: sanzhar.personId, minutes: 40 },
  ]);
  const point = await db.execute<{ id: number }>(sql`select id from marks where lesson_id = ${l1!} and kind = 'point'`);
  markIds = point.map((p) => Number(p.id));
  await changeMarks(db, [{ markId: markIds[0]!, newScore: 4, editorPersonId: timur.personId, at: new Date('2026-11-25T09:00:00Z') }]);
});

async function institutionReport(name: keyof typeof INSTITUTION_REPORT_DEFINITIONS, params: Record<string, string> = {}) {
  const definition = INSTITUTION_REPORT_DEFINITIONS[name] as AnyReportDefinition;
  const run = await runReport(db, definition, scope, 'en', { school: String(fx.schools.s1), ...params }, '2026-11-28');
  if (!run.ok) throw new Error(run.error);
  return run.result as { rows: Array<Record<string, unknown>>; totals?: Record<string, unknown> };
}

describe('journal writes keep the rollup current', () => {
  it('counts lessons, marks, attendance and homework per class, subject and quarter', async () => {
    const [stats] = await db.select().from(journalClassStats).where(eq(journalClassStats.classId, classId));
    expect(stats).toMatchObject({
      quarter: 2,
      lessonsHeld: 3,
      lessonsCancelled: 1,
      lessonsSubstituted: 1,
      lessonsWithTopic: 2,
      lessonsWithMarks: 3,
      lateEntries: 1,
      // Sara's "5" became a "4": two 4s, one 2.
      marks2: 1,
      marks3: 0,
      marks4: 2,
      marks5: 0,
      formativeMarks: 2,
      absentIllness: 2,
      absentOther: 0,
      lates: 1,
      homeworkSet: 2,
      homeworkReports: 3,
      homeworkMinutes: 90,
    });
  });

  it('counts a bulk load’s marks once they are all in (rollups later, then one recount) the same as with each statement', async () => {
    const lessons = (await db.execute<{ id: number }>(sql`select id from lessons where class_id = ${classId} order by date, period`)).map((l) => Number(l.id));
    const { sara, sanzhar } = fx.people;
    const at = '2026-11-26T10:00:00.000Z';
    // A lesson with marks already, one without (the lesson count moves), a formative and a summative mark.
    const batch = [
      { lessonId: lessons[0]!, studentPersonId: sanzhar.personId, kind: 'point' as const, score: 2, maxScore: 5, createdAt: at },
      { lessonId: lessons[1]!, studentPersonId: sara.personId, kind: 'point' as const, score: 3, maxScore: 5, createdAt: at },
      { lessonId: lessons[1]!, studentPersonId: sanzhar.personId, kind: 'formative' as const, score: 7, maxScore: 10, createdAt: at },
      { lessonId: lessons[3]!, studentPersonId: sanzhar.personId, kind: 'quarter_summative' as const, score: 24, maxScore: 25, createdAt: at },
    ];
    const stats = (tx: DbExecutor) =>
      tx.execute(sql`select subject_id, quarter, marks2, marks3, marks4, marks5, formative_marks, lessons_with_marks from journal_class_stats where class_id = ${classId} order by subject_id, quarter`);
    class Rollback extends Error {}
    const inTransaction = async (write: (tx: DbExecutor) => Promise<unknown>) => {
      let seen: unknown;
      await db
        .transaction(async (tx) => {
          await write(tx);
          seen = await stats(tx);
          throw new Rollback();
        })
        .catch((e: unknown) => {
          if (!(e instanceof Rollback)) throw e;
        });
      return seen;
    };
    const before = await stats(db);
    const now = await inTransaction((tx) => recordMarks(tx, batch));
    const later = await inTransaction(async (tx) => {
      const last = await lastMarkId(tx);
      expect(await recordMarks(tx, batch, { rollups: 'later', returnIds: true })).toHaveLength(4);
      expect(await stats(tx)).toEqual(before);
      await recountMarkRollups(tx, last);
    });
    expect(now).not.toEqual(before);
    expect(later).toEqual(now);
  });

  it('records who changed which mark when', async () => {
    const edits = await db.select().from(journalEdits);
    expect(edits.map((e) => [e.markId, e.editorPersonId, e.oldScore, e.newScore, e.editedAt.toISOString()])).toEqual([
      [markIds[0], fx.people.timur.personId, 5, 4, '2026-11-25T09:00:00.000Z'],
    ]);
  });

  it('turns a summative percent into a mark on the scale 40 / 65 / 85', async () => {
    const percents = [0, 39, 40, 64, 65, 84, 85, 100];
    const rows = await db.execute<{ grade: number }>(
      sql`select ${gradeSql(sql`'section_summative'::mark_kind`, sql`p`, sql`100`)} as grade from unnest(${`{${percents.join(',')}}`}::int[]) p`,
    );
    expect(rows.map((r) => r.grade)).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('puts enrolled students’ class in their position, and archives a student who left', async () => {
    const [sara] = await db.select({ position: memberships.position }).from(memberships).where(eq(memberships.personId, fx.people.sara.personId));
    expect(sara!.position).toBe('5 «Ә» класс');
    await recordStudentMovements(db, [{ organizationId: fx.schools.s1, studentPersonId: fx.people.sanzhar.personId, kind: 'left', date: '2026-11-27', classId, counterpart: 'Astana' }]);
    const [sanzhar] = await db
      .select({ archivedAt: memberships.archivedAt })
      .from(memberships)
      .where(and(eq(memberships.personId, fx.people.sanzhar.personId), eq(memberships.role, 'student')));
    // Midnight of the 27th in Almaty.
    expect(sanzhar!.archivedAt!.toISOString()).toBe('2026-11-26T19:00:00.000Z');
    expect(await db.select().from(studentMovements)).toHaveLength(1);
  });
});

describe('F-7.3 reports of one institution', () => {
  it('performance: quality and failure among the 5-point marks', async () => {
    const { rows, totals } = await institutionReport('performance');
    expect(rows.map((r) => [r.className, r.subject, r.quarter, r.m2, r.m4])).toEqual([['5 «Ә»', 'Mathematics', 2, 1, 2]]);
    const columns = INSTITUTION_REPORT_DEFINITIONS.performance.columns({});
    const value = (key: string) => columns.find((c: { key: string }) => c.key === key)!.value(totals);
    expect([value('marks'), value('quality'), value('fail')]).toEqual([3, 66.7, 33.3]);
  });

  it('attendance: lessons and full days missed — cancelled lessons do not count against the day', async () => {
    const { rows } = await institutionReport('attendance', { quarter: '2' });
    expect(rows).toEqual([{ className: '5 «Ә»', quarter: 2, lessons: 2, illness: 2, days: 1, daysIllness: 1, lates: 1 }]);
    expect((await institutionReport('attendance', { quarter: '1' })).rows).toEqual([]);
  });

  it('average mark, homework time and e-journal keeping', async () => {
    const average = await institutionReport('average');
    const avgColumn = INSTITUTION_REPORT_DEFINITIONS.average.columns({}).find((c: { key: string }) => c.key === 'average')!;
    expect(avgColumn.value(average.rows[0])).toBe(3.33);
    const homework = await institutionReport('homework');
    const minutes = INSTITUTION_REPORT_DEFINITIONS.homework.columns({}).find((c: { key: string }) => c.key === 'minutes')!;
    expect([homework.rows[0]!.homework, homework.rows[0]!.reports, minutes.value(homework.rows[0])]).toEqual([2, 3, 30]);
    const keeping = await institutionReport('journal');
    expect(keeping.rows.map((r) => [r.teacher, r.held, r.withTopic, r.withMarks, r.late])).toEqual([['Dana N', 3, 2, 3, 1]]);
  });

  it('lists cancelled and substituted lessons, and the change history', async () => {
    const lessons = await institutionReport('lessons');
    expect(lessons.rows.map((r) => [r.date, r.period, r.status, r.substitute])).toEqual([
      ['2026-11-23', 2, 'cancelled', ''],
      ['2026-11-23', 3, 'substituted', 'Timur N'],
    ]);
    const history = await institutionReport('history');
    expect(history.rows.map((r) => [r.editedAt, r.editor, r.student, r.oldScore, r.newScore])).toEqual([['2026-11-25 14:00', 'Timur N', 'Sara N', 5, 4]]);
  });

  it('lists the pupils with their class and the staff, each marked registered or not', async () => {
    // Sanzhar left the school above; Sabina is archived: Sara is the one pupil.
    const students = await institutionReport('students');
    expect(students.rows.map((r) => [r.name, r.className, r.registered])).toEqual([['Sara N', '5 «Ә»', true]]);
    const staff = await institutionReport('staff');
    expect(Object.fromEntries(staff.rows.map((r) => [r.name, r.registered]))).toEqual({ 'Dana N': true, 'Timur N': true, 'Tolkyn N': false });
  });

  it('per-user activity: days with a sign-in in the last 30 days', async () => {
    const { rows } = await institutionReport('activity');
    const byName = Object.fromEntries(rows.map((r) => [r.name, [r.registered, r.days]]));
    // Dana: the 28th only (three sign-ins); Timur: the 25th and 27th; Sara: the 20th.
    expect(byName).toMatchObject({ 'Dana N': [true, 1], 'Timur N': [true, 2], 'Sara N': [true, 1], 'Tolkyn N': [false, 0], 'Pavel N': [true, 1] });
    expect(byName['Sabina N']).toBeUndefined();
  });

  it('refuses an institution of another authority or an excluded one', async () => {
    for (const school of [fx.schools.s4, fx.schools.s5]) {
      const run = await runReport(db, INSTITUTION_REPORT_DEFINITIONS.students, scope, 'en', { school: String(school) }, '2026-11-28');
      expect(run).toEqual({ ok: false, error: 'school_unknown' });
    }
    expect(await runReport(db, INSTITUTION_REPORT_DEFINITIONS.students, scope, 'en', {}, '2026-11-28')).toEqual({ ok: false, error: 'school_unknown' });
    expect(await runReport(db, INSTITUTION_REPORT_DEFINITIONS.performance, scope, 'en', { school: String(fx.schools.s1), quarter: '5' }, '2026-11-28')).toEqual({ ok: false, error: 'filter_invalid' });
  });
});
