import type { AttendanceKind, MarkKind } from '../../schema';
import type { LessonInput } from '../../../lib/journal/lessons';
import type { MovementInput } from '../../../lib/journal/school';
import { isoWeekday, quarterOf, type SchoolCalendar } from '../../../lib/journal/calendar';
import { addDaysTo } from '../../../lib/time/calendar-date';
import type { Random } from '../random';
import type { ClassPlan } from './school-setup';

/**
 * One school's year day by day: lessons from the timetable (a few cancelled or substituted),
 * attendance with illness spells (about 5 % of lessons missed), marks, summative work near the
 * middle and the end of a quarter, homework with the minutes some students report. Rows refer to
 * lessons by their index in `lessons` until the lessons are written and have ids.
 */

export type SchoolYearRows = {
  lessons: LessonInput[];
  marks: Array<{ lesson: number; studentPersonId: number; kind: MarkKind; score: number; maxScore: number }>;
  attendance: Array<{ lesson: number; studentPersonId: number; kind: AttendanceKind }>;
  homework: Array<{ lesson: number; text: string; reports: Array<{ studentPersonId: number; minutes: number }> }>;
  movements: MovementInput[];
};

export type SchoolContext = {
  organizationId: number;
  classes: readonly ClassPlan[];
  classIds: readonly number[];
  subjectIds: Map<string, number>;
  subjectNames: Map<string, string>;
  gradedSubjects: ReadonlySet<string>;
  teacherIds: readonly number[];
  /** Students who must stay put (the demo parent's children). */
  keep: ReadonlySet<number>;
  calendar: SchoolCalendar;
  days: readonly string[];
  /** Kazakhstan is on UTC+5 all year. */
  utcOffsetHours: number;
};

type StudentState = { ability: number; sickDays: number; from: string; until: string | null };

const NO_HOMEWORK = new Set(['physical_education', 'music', 'art_labour', 'self_knowledge', 'nvp']);

function at(date: string, hour: number, minute: number, offsetHours: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + ((hour - offsetHours) * 60 + minute) * 60_000);
}

/** Another teacher of the school, or null when there is none. */
function substituteFor(teacherIds: readonly number[], teacher: number, rng: Random): number | null {
  if (teacherIds.length < 2) return null;
  const i = rng.int(0, teacherIds.length - 1);
  return teacherIds[i] === teacher ? teacherIds[(i + 1) % teacherIds.length]! : teacherIds[i]!;
}

function pointMark(rng: Random, ability: number): number {
  const roll = rng.next() + ability * 0.22;
  return roll < 0.06 ? 2 : roll < 0.33 ? 3 : roll < 0.7 ? 4 : 5;
}

/** Arrivals during the year, departures and transfers between classes: a couple per hundred students. */
function plannedMovements(ctx: SchoolContext, rng: Random, students: Map<number, StudentState>): MovementInput[] {
  const movements: MovementInput[] = [];
  const [first] = ctx.days;
  if (!first || ctx.days.length < 15) return movements;
  ctx.classes.forEach((c, i) => {
    for (const personId of c.students) {
      const roll = rng.next();
      if (ctx.keep.has(personId) || roll >= 0.025) continue;
      const date = ctx.days[rng.int(10, ctx.days.length - 1)]!;
      const state = students.get(personId)!;
      const base = { organizationId: ctx.organizationId, studentPersonId: personId, date, classId: ctx.classIds[i]! };
      if (roll < 0.012 && c.grade > 1) {
        state.from = date;
        movements.push({ ...base, kind: 'arrived', counterpart: `№${rng.int(1, 180)} мектеп` });
      } else if (roll < 0.021) {
        state.until = date;
        movements.push({ ...base, kind: 'left', counterpart: rng.pick(['Астана қ.', 'Шымкент қ.', 'Қарағанды қ.', 'Ресей Федерациясы']) });
      } else {
        movements.push({ ...base, kind: 'transferred', counterpart: `${c.grade} «${c.letter}» → ${c.grade} «${ctx.classes.find((o) => o.grade === c.grade && o !== c)?.letter ?? c.letter}»` });
      }
    }
  });
  return movements;
}

export function generateSchoolYear(ctx: SchoolContext, rng: Random): SchoolYearRows {
  const rows: SchoolYearRows = { lessons: [], marks: [], attendance: [], homework: [], movements: [] };
  const students = new Map<number, StudentState>();
  for (const c of ctx.classes) for (const id of c.students) students.set(id, { ability: rng.next() * 2 - 1, sickDays: 0, from: '', until: null });
  rows.movements = plannedMovements(ctx, rng, students);
  const occurrences = new Map<string, number>();
  const quarterExamDone = new Set<string>();

  for (const date of ctx.days) {
    const quarter = quarterOf(ctx.calendar, date)!;
    const quarterEnd = ctx.calendar.quarters[quarter - 1]!.to;
    const absentToday = new Map<number, AttendanceKind>();
    for (const [id, s] of students) {
      if (s.sickDays > 0) {
        s.sickDays--;
        absentToday.set(id, 'absent_illness');
      } else if (rng.chance(0.011)) {
        s.sickDays = rng.int(1, 5);
        absentToday.set(id, 'absent_illness');
      } else if (rng.chance(0.004)) absentToday.set(id, 'absent_other');
    }

    ctx.classes.forEach((c, classIndex) => {
      const present = c.students.filter((id) => {
        const s = students.get(id)!;
        return s.from <= date && (s.until === null || date < s.until);
      });
      c.timetable[isoWeekday(date) - 1]!.forEach((code, p) => {
        const period = p + 1;
        const teacher = c.teachers.get(code);
        if (teacher === undefined) return;
        const key = `${classIndex}|${code}|${quarter}`;
        const occurrence = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, occurrence);
        const roll = rng.next();
        const status = roll < 0.012 ? 'cancelled' : roll < 0.042 ? 'substituted' : 'held';
        const substitute = status === 'substituted' ? substituteFor(ctx.teacherIds, teacher, rng) : null;
        const lessonEnd = at(date, 8, period * 50, ctx.utcOffsetHours);
        const filled = status !== 'cancelled' && rng.chance(0.96);
        const recordedAt = !filled ? null : rng.chance(0.1) ? at(addDaysTo(date, rng.int(1, 4)), 19, rng.int(0, 59), ctx.utcOffsetHours) : lessonEnd;
        const lesson = rows.lessons.length;
        rows.lessons.push({
          organizationId: ctx.organizationId,
          classId: ctx.classIds[classIndex]!,
          subjectId: ctx.subjectIds.get(code)!,
          teacherPersonId: teacher,
          substitutePersonId: substitute,
          date,
          period,
          quarter,
          status: substitute === null && status === 'substituted' ? 'held' : status,
          topic: filled ? `${ctx.subjectNames.get(code)}: ${occurrence}-сабақ` : null,
          recordedAt,
        });
        if (status === 'cancelled') return;

        const graded = ctx.gradedSubjects.has(code) && c.grade >= 2;
        const sectionWork = graded && (occurrence === 6 || occurrence === 13);
        const quarterWork = graded && !sectionWork && date >= addDaysTo(quarterEnd, -9) && !quarterExamDone.has(key);
        if (quarterWork) quarterExamDone.add(key);
        const maxScore = quarterWork ? 25 : 15;
        for (const id of present) {
          const away = absentToday.get(id) ?? (rng.chance(0.007) ? 'absent_other' : undefined);
          if (away) {
            rows.attendance.push({ lesson, studentPersonId: id, kind: away });
            continue;
          }
          if (rng.chance(0.01)) rows.attendance.push({ lesson, studentPersonId: id, kind: 'late' });
          const ability = students.get(id)!.ability;
          if (sectionWork || quarterWork) {
            const share = Math.min(1, Math.max(0, 0.66 + ability * 0.2 + (rng.next() - 0.5) * 0.45));
            const kind = quarterWork ? 'quarter_summative' : 'section_summative';
            rows.marks.push({ lesson, studentPersonId: id, kind, score: Math.round(share * maxScore), maxScore });
          } else if (graded && rng.chance(0.14)) {
            rows.marks.push({ lesson, studentPersonId: id, kind: 'point', score: pointMark(rng, ability), maxScore: 5 });
          } else if (c.grade >= 2 && rng.chance(graded ? 0.04 : 0.12)) {
            rows.marks.push({ lesson, studentPersonId: id, kind: 'formative', score: Math.min(10, Math.max(1, Math.round(7 + ability * 2 + (rng.next() - 0.5) * 4))), maxScore: 10 });
          }
        }
        if (graded && !NO_HOMEWORK.has(code) && rng.chance(0.55)) {
          const reports = present
            .filter((id) => !absentToday.has(id) && rng.chance(0.1))
            .map((id) => ({ studentPersonId: id, minutes: Math.min(180, Math.round(5 + c.grade * 3 + rng.next() * rng.next() * 70)) }));
          rows.homework.push({ lesson, text: `${ctx.subjectNames.get(code)}: §${occurrence}, ${rng.int(1, 12)}-жаттығу`, reports });
        }
      });
    });
  }
  return rows;
}
