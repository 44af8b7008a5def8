import type { ClassInput, TeachingInput } from '../../../lib/journal/school';
import type { Random } from '../random';
import { curriculum, PRIMARY_TEACHER_SUBJECTS } from './subjects';

/** One school's classes, who teaches what in each, and each class's weekly timetable. */

export type SchoolTeacher = { personId: number; subjects: readonly string[] };
export type SchoolStudent = { personId: number; grade: number };

export type ClassPlan = {
  grade: number;
  letter: string;
  students: number[];
  formTeacher: number | null;
  /** Subject code → teacher person id. */
  teachers: Map<string, number>;
  /** Monday … Friday: the subject codes in lesson order. */
  timetable: string[][];
};

const LETTERS = ['А', 'Ә', 'Б', 'В', 'Г', 'Ғ', 'Д', 'Е'] as const;
const CLASS_SIZE = 28;

/** Students of a grade split evenly into classes of at most 28, lettered А, Ә, Б… */
function splitIntoClasses(students: readonly SchoolStudent[]): Array<{ grade: number; letter: string; students: number[] }> {
  const byGrade = new Map<number, number[]>();
  for (const s of students) {
    const grade = Math.min(11, Math.max(1, s.grade));
    byGrade.set(grade, [...(byGrade.get(grade) ?? []), s.personId]);
  }
  const classes: Array<{ grade: number; letter: string; students: number[] }> = [];
  for (const grade of [...byGrade.keys()].sort((a, b) => a - b)) {
    const ids = byGrade.get(grade)!.sort((a, b) => a - b);
    const count = Math.min(LETTERS.length, Math.ceil(ids.length / CLASS_SIZE));
    for (let c = 0; c < count; c++) classes.push({ grade, letter: LETTERS[c]!, students: ids.filter((_, i) => i % count === c) });
  }
  return classes;
}

/** Spreads the week's lessons over five days, at most one of a subject a day where possible. */
function timetableOf(grade: number, rng: Random): string[][] {
  const days: string[][] = [[], [], [], [], []];
  const tokens = [...curriculum(grade)].sort((a, b) => b[1] - a[1]).flatMap(([code, hours]) => Array.from({ length: hours }, () => code));
  for (const code of tokens) {
    let best = 0;
    let bestScore = Number.POSITIVE_INFINITY;
    days.forEach((day, i) => {
      const score = day.length + (day.includes(code) ? 10 : 0);
      if (score < bestScore) [best, bestScore] = [i, score];
    });
    days[best]!.push(code);
  }
  // The order within a day varies from class to class.
  for (const day of days) {
    for (let i = day.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [day[i], day[j]] = [day[j]!, day[i]!];
    }
  }
  return days;
}

export function planClasses(teachers: readonly SchoolTeacher[], students: readonly SchoolStudent[], rng: Random): ClassPlan[] {
  const load = new Map<number, number>(teachers.map((t) => [t.personId, 0]));
  const formClasses = new Set<number>();
  const leastLoaded = (candidates: readonly SchoolTeacher[]) =>
    candidates.reduce<SchoolTeacher | undefined>((best, t) => (!best || load.get(t.personId)! < load.get(best.personId)! ? t : best), undefined);
  const primaryTeachers = teachers.filter((t) => t.subjects.includes('primary'));
  const subjectTeachers = teachers.filter((t) => !t.subjects.includes('primary'));

  return splitIntoClasses(students).map(({ grade, letter, students: ids }) => {
    const primary = grade <= 4 ? leastLoaded(primaryTeachers.filter((t) => !formClasses.has(t.personId))) ?? leastLoaded(primaryTeachers) : undefined;
    const assigned = new Map<string, number>();
    for (const [code, hours] of curriculum(grade)) {
      const teacher =
        primary && PRIMARY_TEACHER_SUBJECTS.has(code)
          ? primary
          : (leastLoaded(subjectTeachers.filter((t) => t.subjects.includes(code))) ?? leastLoaded(subjectTeachers) ?? leastLoaded(teachers));
      if (!teacher) continue;
      assigned.set(code, teacher.personId);
      load.set(teacher.personId, load.get(teacher.personId)! + hours);
    }
    const formTeacher = primary ?? leastLoaded(subjectTeachers.filter((t) => !formClasses.has(t.personId))) ?? null;
    if (formTeacher) formClasses.add(formTeacher.personId);
    return { grade, letter, students: ids, formTeacher: formTeacher?.personId ?? null, teachers: assigned, timetable: timetableOf(grade, rng) };
  });
}

export function classInputs(organizationId: number, schoolYear: number, classes: readonly ClassPlan[]): ClassInput[] {
  return classes.map((c) => ({ organizationId, schoolYear, grade: c.grade, letter: c.letter, formTeacherPersonId: c.formTeacher }));
}

export function teachingInputs(classes: readonly ClassPlan[], classIds: readonly number[], subjectIds: Map<string, number>): TeachingInput[] {
  return classes.flatMap((c, i) =>
    curriculum(c.grade)
      .filter(([code]) => c.teachers.has(code))
      .map(([code, hours]) => ({ classId: classIds[i]!, subjectId: subjectIds.get(code)!, teacherPersonId: c.teachers.get(code)!, lessonsPerWeek: hours })),
  );
}
