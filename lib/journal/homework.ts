import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';
import { column, inChunks, unnestRows } from './sql-arrays';

export type HomeworkInput = { lessonId: number; text: string };
export type HomeworkReportInput = { homeworkId: number; studentPersonId: number; minutes: number };

/** Sets homework on lessons (one each) and counts it in journal_class_stats; returns ids in input order. */
export async function recordHomework(db: DbExecutor, rows: readonly HomeworkInput[]): Promise<number[]> {
  const columns = [column(rows, 'lesson_id', 'integer', (r) => r.lessonId), column(rows, 'text', 'text', (r) => r.text)];
  const inserted = await inChunks(rows.length, (from, to) =>
    db.execute<{ id: number; lesson_id: number }>(sql`
      with inserted as (
        insert into homework (lesson_id, text)
        select lesson_id, text from ${unnestRows('r', columns, from, to)}
        returning id, lesson_id
      ), stats as (
        insert into journal_class_stats (class_id, subject_id, quarter, organization_id, homework_set)
        select l.class_id, l.subject_id, l.quarter, l.organization_id, count(*)
        from inserted i
        cross join lateral (select class_id, subject_id, quarter, organization_id from lessons where id = i.lesson_id offset 0) l
        group by 1, 2, 3, 4
        on conflict (class_id, subject_id, quarter) do update set homework_set = journal_class_stats.homework_set + excluded.homework_set
      )
      select id, lesson_id from inserted`),
  );
  const idByLesson = new Map(inserted.map((r) => [r.lesson_id, r.id]));
  return rows.map((r) => idByLesson.get(r.lessonId)!);
}

/** Records the minutes students spent on homework and adds them to journal_class_stats. */
export async function recordHomeworkReports(db: DbExecutor, rows: readonly HomeworkReportInput[]): Promise<void> {
  const columns = [
    column(rows, 'homework_id', 'integer', (r) => r.homeworkId),
    column(rows, 'student_person_id', 'integer', (r) => r.studentPersonId),
    column(rows, 'minutes', 'smallint', (r) => r.minutes),
  ];
  await inChunks(rows.length, async (from, to) => {
    await db.execute(sql`
      with inserted as (
        insert into homework_reports (homework_id, student_person_id, minutes)
        select homework_id, student_person_id, minutes from ${unnestRows('r', columns, from, to)}
        returning homework_id, minutes
      )
      insert into journal_class_stats (class_id, subject_id, quarter, organization_id, homework_reports, homework_minutes)
      select l.class_id, l.subject_id, l.quarter, l.organization_id, sum(i.reports), sum(i.minutes)
      from (select homework_id, count(*) as reports, sum(minutes) as minutes from inserted group by homework_id) i
      cross join lateral (select lesson_id from homework where id = i.homework_id offset 0) h
      cross join lateral (select class_id, subject_id, quarter, organization_id from lessons where id = h.lesson_id offset 0) l
      group by 1, 2, 3, 4
      on conflict (class_id, subject_id, quarter) do update set
        homework_reports = journal_class_stats.homework_reports + excluded.homework_reports,
        homework_minutes = journal_class_stats.homework_minutes + excluded.homework_minutes`);
    return [];
  });
}
