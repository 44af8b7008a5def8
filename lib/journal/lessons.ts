import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';
import type { LessonStatus } from '@/db/schema';
import { column, inChunks, unnestRows } from './sql-arrays';

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
