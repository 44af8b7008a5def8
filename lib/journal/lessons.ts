import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';
import type { LessonStatus } from '@/db/schema';
import { removeMarks } from './marks';
import { column, inChunks, unnestRows } from './sql-arrays';
import { idList } from '@/db/bulk-insert';

export type LessonInput = {
  organizationId: number;
  classId: number;
  subjectId: number;
  teacherPersonId: number;
  substitutePersonId: number | null;
  date: string;
  period: number;
  quarter: number;
  status: LessonStatus;
  topic: string | null;
  recordedAt: Date | null;
};

/**
 * Writes lessons and adds them to journal_class_stats (held — substituted ones included —,
 * cancelled, substituted, with a topic, entered late) in the same statement. A lesson is entered
 * late when the teacher filled it in after its day, in the school's time zone. Returns the new
 * ids in input order.
 */
export async function recordLessons(db: DbExecutor, lessons: readonly LessonInput[]): Promise<number[]> {
  const columns = [
    column(lessons, 'organization_id', 'integer', (l) => l.organizationId),
    column(lessons, 'class_id', 'integer', (l) => l.classId),
    column(lessons, 'subject_id', 'integer', (l) => l.subjectId),
    column(lessons, 'teacher_person_id', 'integer', (l) => l.teacherPersonId),
    column(lessons, 'substitute_person_id', 'integer', (l) => l.substitutePersonId),
    column(lessons, 'date', 'date', (l) => l.date),
    column(lessons, 'period', 'smallint', (l) => l.period),
    column(lessons, 'quarter', 'smallint', (l) => l.quarter),
    column(lessons, 'status', 'lesson_status', (l) => l.status),
    column(lessons, 'topic', 'text', (l) => l.topic),
    column(lessons, 'recorded_at', 'timestamptz', (l) => l.recordedAt?.toISOString() ?? null),
  ];
  const rows = await inChunks(lessons.length, (from, to) =>
    db.execute<{ id: number; class_id: number; date: string; period: number }>(sql`
      with inserted as (
        insert into lessons (organization_id, class_id, subject_id, teacher_person_id, substitute_person_id, date, period, quarter, status, topic, recorded_at, late_entry)
        select r.organization_id, r.class_id, r.subject_id, r.teacher_person_id, r.substitute_person_id, r.date, r.period, r.quarter, r.status, r.topic, r.recorded_at,
          coalesce((r.recorded_at at time zone o.time_zone)::date > r.date, false)
        from ${unnestRows('r', columns, from, to)}
        join organizations o on o.id = r.organization_id
        returning id, organization_id, class_id, subject_id, quarter, date, period, status, topic, late_entry
      ), stats as (
        insert into journal_class_stats (class_id, subject_id, quarter, organization_id, lessons_held, lessons_cancelled, lessons_substituted, lessons_with_topic, late_entries)
        select class_id, subject_id, quarter, organization_id,
          count(*) filter (where status <> 'cancelled'),
          count(*) filter (where status = 'cancelled'),
          count(*) filter (where status = 'substituted'),
          count(*) filter (where status <> 'cancelled' and topic is not null),
          count(*) filter (where status <> 'cancelled' and late_entry)
        from inserted
        group by class_id, subject_id, quarter, organization_id
        on conflict (class_id, subject_id, quarter) do update set
          lessons_held = journal_class_stats.lessons_held + excluded.lessons_held,
          lessons_cancelled = journal_class_stats.lessons_cancelled + excluded.lessons_cancelled,
          lessons_substituted = journal_class_stats.lessons_substituted + excluded.lessons_substituted,
          lessons_with_topic = journal_class_stats.lessons_with_topic + excluded.lessons_with_topic,
          late_entries = journal_class_stats.late_entries + excluded.late_entries
      )
      select id, class_id, date::text as date, period from inserted`),
  );
  const idBySlot = new Map(rows.map((r) => [`${r.class_id}|${r.date}|${r.period}`, r.id]));
  return lessons.map((l) => idBySlot.get(`${l.classId}|${l.date}|${l.period}`)!);
}

/**
 * Removes lessons (a OneRoster delta's tobedeleted line item) with everything written on them —
 * marks (through removeMarks), attendance, homework and its reports — and takes each out of the
 * rollups it was added to: journal_class_stats and student_absence_days (a day with no miss left
 * is no row). Lessons already gone are no change. Returns the ids removed.
 */
export async function removeLessons(db: DbExecutor, lessonIds: readonly number[]): Promise<number[]> {
  if (lessonIds.length === 0) return [];
  const ids = idList(lessonIds);
  const marks = await db.execute<{ id: string }>(sql`select id from marks where lesson_id = any(${ids}::int[])`);
  await removeMarks(
    db,
    marks.map((m) => Number(m.id)),
  );
  await db.execute(sql`
    with gone as (
      delete from attendance_marks where lesson_id = any(${ids}::int[])
      returning lesson_id, student_person_id, kind
    ), joined as (
      select g.student_person_id, g.kind, l.class_id, l.subject_id, l.quarter, l.date
      from gone g cross join lateral (select class_id, subject_id, quarter, date from lessons where id = g.lesson_id offset 0) l
    ), stats as (
      update journal_class_stats s set absent_illness = s.absent_illness - d.illness, absent_other = s.absent_other - d.other, lates = s.lates - d.late
      from (select class_id, subject_id, quarter, count(*) filter (where kind = 'absent_illness') as illness, count(*) filter (where kind = 'absent_other') as other,
              count(*) filter (where kind = 'late') as late
            from joined group by 1, 2, 3) d
      where s.class_id = d.class_id and s.subject_id = d.subject_id and s.quarter = d.quarter
    )
    update student_absence_days a set missed = a.missed - d.missed, missed_illness = a.missed_illness - d.illness
    from (select student_person_id, date, count(*) as missed, count(*) filter (where kind = 'absent_illness') as illness from joined where kind <> 'late' group by 1, 2) d
    where a.student_person_id = d.student_person_id and a.date = d.date`);
  await db.execute(sql`delete from student_absence_days where missed <= 0 and missed_illness <= 0`);
  await db.execute(sql`
    with reports as (
      delete from homework_reports r using homework h where h.id = r.homework_id and h.lesson_id = any(${ids}::int[])
      returning h.lesson_id, r.minutes
    ), tasks as (
      delete from homework where lesson_id = any(${ids}::int[])
      returning lesson_id
    ), per_lesson as (
      select lesson_id, sum(set) as set, sum(reports) as reports, sum(minutes) as minutes from (
        select lesson_id, 1 as set, 0 as reports, 0 as minutes from tasks
        union all select lesson_id, 0, 1, minutes from reports
      ) x group by lesson_id
    )
    update journal_class_stats s set homework_set = s.homework_set - d.set, homework_reports = s.homework_reports - d.reports, homework_minutes = s.homework_minutes - d.minutes
    from (select l.class_id, l.subject_id, l.quarter, sum(p.set) as set, sum(p.reports) as reports, sum(p.minutes) as minutes
          from per_lesson p cross join lateral (select class_id, subject_id, quarter from lessons where id = p.lesson_id offset 0) l group by 1, 2, 3) d
    where s.class_id = d.class_id and s.subject_id = d.subject_id and s.quarter = d.quarter`);
  const rows = await db.execute<{ id: number }>(sql`
    with gone as (
      delete from lessons where id = any(${ids}::int[])
      returning id, class_id, subject_id, quarter, status, topic, late_entry
    ), stats as (
      update journal_class_stats s set
        lessons_held = s.lessons_held - d.held, lessons_cancelled = s.lessons_cancelled - d.cancelled, lessons_substituted = s.lessons_substituted - d.substituted,
        lessons_with_topic = s.lessons_with_topic - d.with_topic, late_entries = s.late_entries - d.late
      from (select class_id, subject_id, quarter,
              count(*) filter (where status <> 'cancelled') as held, count(*) filter (where status = 'cancelled') as cancelled,
              count(*) filter (where status = 'substituted') as substituted, count(*) filter (where status <> 'cancelled' and topic is not null) as with_topic,
              count(*) filter (where status <> 'cancelled' and late_entry) as late
            from gone group by 1, 2, 3) d
      where s.class_id = d.class_id and s.subject_id = d.subject_id and s.quarter = d.quarter
    )
    select id from gone`);
  return rows.map((r) => r.id);
}
