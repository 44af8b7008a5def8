import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { schoolCalendar, schoolDays } from '../../../lib/journal/calendar';
import { addDaysTo, DEFAULT_TIME_ZONE, todayIn } from '../../../lib/time/calendar-date';
import { recordAttendance } from '../../../lib/journal/attendance';
import { recordHomework, recordHomeworkReports } from '../../../lib/journal/homework';
import { recordLessons } from '../../../lib/journal/lessons';
import { changeMarks, recordMarks } from '../../../lib/journal/marks';
import { assignTeaching, createClasses, enrolStudents, ensureSubjects, linkParents, type MovementInput, recordStudentMovements } from '../../../lib/journal/school';
import type { DbTransaction } from '../../index';
import type { SeedPlan } from '../plan';
import { Random } from '../random';
import { generateSchoolYear, type SchoolContext, type SchoolYearRows } from './school-days';
import { classInputs, planClasses, type SchoolStudent, type SchoolTeacher, teachingInputs } from './school-setup';
import { recordSignIns } from '../../../lib/journal/sign-ins';
import { generateSignIns } from './sign-ins';
import { SUBJECTS, SUBJECTS_BY_POSITION } from './subjects';
import { idList } from '@/db/bulk-insert';

/**
 * The school-data generator: the journal of every subordinate institution from the first day of
 * the school year to the day before `until` (the seed's fixed "today"), then every user's sign-in
 * history up to `until`. It writes only through lib/journal, the functions an import would call,
 * so the rollups are filled the way real data fills them. Deterministic: one seeded PRNG per
 * school, nothing read from the clock.
 */

export type JournalOptions = { schoolYear: number; until: Date; log?: (msg: string) => void };
export type JournalSummary = { classes: number; lessons: number; marks: number; absences: number; homework: number; movements: number; edits: number; signIns: number };

const UTC_OFFSET_HOURS = 5;
const EDIT_SHARE = 0.006;

function subjectsOf(position: string): readonly string[] {
  const suffix = position.replace(/^Учитель\s+/, '');
  return SUBJECTS_BY_POSITION[suffix] ?? [];
}

/** Students and teachers of each institution, by plan index, in plan order. */
function schoolsOf(plan: SeedPlan, personIds: readonly number[]) {
  const schools = new Map<number, { teachers: SchoolTeacher[]; students: SchoolStudent[] }>();
  plan.organizations.forEach((o, i) => o.kind === 'institution' && schools.set(i, { teachers: [], students: [] }));
  for (const m of plan.memberships) {
    const school = schools.get(m.organizationIndex);
    if (!school) continue;
    const personId = personIds[m.personIndex]!;
    if (m.role === 'teacher') school.teachers.push({ personId, subjects: subjectsOf(m.position) });
    if (m.role === 'student') school.students.push({ personId, grade: Number.parseInt(m.position, 10) || 1 });
  }
  return schools;
}

async function writeSchool(tx: DbTransaction, ctx: SchoolContext, rows: SchoolYearRows, rng: Random, until: Date): Promise<number> {
  const lessonIds = await recordLessons(tx, rows.lessons);
  await recordMarks(
    tx,
    rows.marks.map((m) => ({ ...m, lessonId: lessonIds[m.lesson]!, createdAt: rows.lessons[m.lesson]!.recordedAt ?? until })),
  );
  await recordAttendance(tx, rows.attendance.map((a) => ({ ...a, lessonId: lessonIds[a.lesson]! })));
  const homeworkIds = await recordHomework(tx, rows.homework.map((h) => ({ lessonId: lessonIds[h.lesson]!, text: h.text })));
  await recordHomeworkReports(tx, rows.homework.flatMap((h, i) => h.reports.map((r) => ({ ...r, homeworkId: homeworkIds[i]! }))));

  // A few marks are corrected by the lesson's teacher some days later: the change history.
  const corrected = rows.marks.filter((m) => m.kind === 'point' && rng.chance(EDIT_SHARE));
  if (corrected.length === 0) return 0;
  // By lesson id (an index lookup), then matched to the student here.
  const found = await tx.execute<{ id: number; lesson_id: number; student_person_id: number }>(sql`
    select m.id, m.lesson_id, m.student_person_id
    from unnest(${idList(corrected.map((m) => lessonIds[m.lesson]!))}::int[]) k(lesson_id)
    cross join lateral (select id, lesson_id, student_person_id from marks where lesson_id = k.lesson_id and kind = 'point' offset 0) m`);
  const markId = new Map(found.map((f) => [`${f.lesson_id}|${f.student_person_id}`, Number(f.id)]));
  const changes = corrected.flatMap((m) => {
    const lesson = rows.lessons[m.lesson]!;
    const id = markId.get(`${lessonIds[m.lesson]}|${m.studentPersonId}`);
    const editedAt = new Date(Math.min(Date.parse(`${addDaysTo(lesson.date, rng.int(1, 6))}T15:00:00Z`), until.getTime() - 3_600_000));
    const newScore = m.score === 5 ? 4 : m.score === 2 ? 3 : m.score + (rng.chance(0.5) ? 1 : -1);
    return id === undefined ? [] : [{ markId: id, newScore, editorPersonId: lesson.teacherPersonId, at: editedAt }];
  });
  await changeMarks(tx, changes);
  return changes.length;
}

export async function generateJournal(tx: DbTransaction, plan: SeedPlan, personIds: readonly number[], organizationIds: readonly number[], options: JournalOptions): Promise<JournalSummary> {
  const calendar = schoolCalendar(options.schoolYear);
  const lastDay = addDaysTo(todayIn(DEFAULT_TIME_ZONE, options.until), -1);
  const days = schoolDays(calendar, calendar.quarters[0]!.from, lastDay);
  const subjectIds = await ensureSubjects(tx, SUBJECTS);
  const demoParents = new Set(plan.people.persons.flatMap((p, i) => (p.user?.login === 'parent' ? [i] : [])));
  const keep = new Set(plan.families.filter((f) => f.parents.some((p) => demoParents.has(p))).flatMap((f) => f.students.map((s) => personIds[s]!)));
  const summary: JournalSummary = { classes: 0, lessons: 0, marks: 0, absences: 0, homework: 0, movements: 0, edits: 0, signIns: 0 };
  const movements: MovementInput[] = [];

  const schools = schoolsOf(plan, personIds);
  let done = 0;
  const started = performance.now();
  for (const [index, school] of schools) {
    const organizationId = organizationIds[index]!;
    const rng = new Random(options.schoolYear * 100_000 + index);
    const classes = planClasses(school.teachers, school.students, rng);
    const classIds = await createClasses(tx, classInputs(organizationId, options.schoolYear, classes));
    await enrolStudents(tx, classes.flatMap((c, i) => c.students.map((studentPersonId) => ({ classId: classIds[i]!, studentPersonId }))));
    await assignTeaching(tx, teachingInputs(classes, classIds, subjectIds));
    await linkParents(
      tx,
      plan.families
        .filter((f) => f.organizationIndex === index)
        .flatMap((f) => f.students.flatMap((s) => f.parents.map((p) => ({ studentPersonId: personIds[s]!, parentPersonId: personIds[p]! })))),
    );
    const ctx: SchoolContext = {
      organizationId,
      classes,
      classIds,
      subjectIds,
      subjectNames: new Map(SUBJECTS.map((s) => [s.code, s.nameKk])),
      gradedSubjects: new Set(SUBJECTS.filter((s) => s.graded).map((s) => s.code)),
      teacherIds: school.teachers.map((t) => t.personId),
      keep,
      calendar,
      days,
      utcOffsetHours: UTC_OFFSET_HOURS,
    };
    const rows = generateSchoolYear(ctx, rng);
    summary.edits += await writeSchool(tx, ctx, rows, rng, options.until);
    movements.push(...rows.movements);
    summary.classes += classes.length;
    summary.lessons += rows.lessons.length;
    summary.marks += rows.marks.length;
    summary.absences += rows.attendance.length;
    summary.homework += rows.homework.length;
    if (++done % 25 === 0) options.log?.(`  journal: ${done} of ${schools.size} institutions (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  options.log?.(`Journal written: ${summary.classes} classes, ${summary.lessons} lessons, ${summary.marks} marks.`);
  // Events in the order of time: sign-ins up to a departure count for the school, later ones not.
  const departures = new Map(movements.filter((m) => m.kind === 'left').map((m) => [m.studentPersonId, new Date(`${m.date}T00:00:00+05:00`)]));
  const signIns = await generateSignIns(tx, plan, personIds, calendar, new Random(options.schoolYear), departures);
  await recordStudentMovements(tx, movements);
  await recordSignIns(tx, signIns.afterDeparture);
  summary.signIns = signIns.count;
  summary.movements = movements.length;
  return summary;
}
