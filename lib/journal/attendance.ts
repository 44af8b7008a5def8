import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';
import type { AttendanceKind } from '@/db/schema';
import { column, inChunks, unnestRows } from './sql-arrays';

export type AttendanceInput = { lessonId: number; studentPersonId: number; kind: AttendanceKind };

/**
 * Writes attendance exceptions (absent for illness or another reason, late) and, in the same
 * statement, adds them to journal_class_stats and counts the lessons each student missed per day
 * in student_absence_days — a day is missed in full when that count reaches the lessons held.
 */
export async function recordAttendance(db: DbExecutor, rows: readonly AttendanceInput[]): Promise<void> {
  const columns = [
    column(rows, 'lesson_id', 'integer', (r) => r.lessonId),
    column(rows, 'student_person_id', 'integer', (r) => r.studentPersonId),
    column(rows, 'kind', 'attendance_kind', (r) => r.kind),
  ];
  await inChunks(rows.length, async (from, to) => {
    await db.execute(sql`
      with inserted as (
        insert into attendance_marks (lesson_id, student_person_id, kind)
        select lesson_id, student_person_id, kind from ${unnestRows('r', columns, from, to)}
        returning lesson_id, student_person_id, kind
      ), joined as (
        select i.student_person_id, i.kind, l.class_id, l.subject_id, l.quarter, l.organization_id, l.date
        from inserted i
        cross join lateral (select class_id, subject_id, quarter, organization_id, date from lessons where id = i.lesson_id offset 0) l
      ), stats as (
        insert into journal_class_stats (class_id, subject_id, quarter, organization_id, absent_illness, absent_other, lates)
        select class_id, subject_id, quarter, organization_id,
          count(*) filter (where kind = 'absent_illness'), count(*) filter (where kind = 'absent_other'), count(*) filter (where kind = 'late')
        from joined group by 1, 2, 3, 4
        on conflict (class_id, subject_id, quarter) do update set
          absent_illness = journal_class_stats.absent_illness + excluded.absent_illness,
          absent_other = journal_class_stats.absent_other + excluded.absent_other,
          lates = journal_class_stats.lates + excluded.lates
      )
      insert into student_absence_days (student_person_id, date, class_id, organization_id, quarter, missed, missed_illness)
      select student_person_id, date, class_id, organization_id, quarter, count(*), count(*) filter (where kind = 'absent_illness')
      from joined where kind <> 'late'
      group by 1, 2, 3, 4, 5
      on conflict (student_person_id, date) do update set
        missed = student_absence_days.missed + excluded.missed,
        missed_illness = student_absence_days.missed_illness + excluded.missed_illness`);
    return [];
  });
}
