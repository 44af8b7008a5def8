import type { DbExecutor } from '@/db';
import { sql, type SQL } from 'drizzle-orm';
import type { MarkKind } from '@/db/schema';
import { type ArrayColumn, column, inChunks, unnestRows } from './sql-arrays';
import { idList } from '@/db/bulk-insert';

/** `createdAt` may come as the ISO string an import has already (13 M marks need not become Dates and strings again). */
export type MarkInput = { lessonId: number; studentPersonId: number; kind: MarkKind; score: number; maxScore: number; createdAt: Date | string };

export type MarkChange = { markId: number; newScore: number; editorPersonId: number; at: Date };

/**
 * The 5-point mark of a score: point marks are the mark itself, formative marks have none, and a
 * summative result goes through the percent scale (grades 2–11): below 40 % "2", below 65 % "3",
 * below 85 % "4", else "5". The one definition of that scale, used on insert and on change.
 */
export function gradeSql(kind: SQL, score: SQL, maxScore: SQL): SQL {
  return sql`(case
    when ${kind} = 'point' then ${score}
    when ${kind} = 'formative' then null
    when ${score} * 100 < 40 * ${maxScore} then 2
    when ${score} * 100 < 65 * ${maxScore} then 3
    when ${score} * 100 < 85 * ${maxScore} then 4
    else 5 end)::smallint`;
}

/** The counter columns a set of marks adds to journal_class_stats, grouped by class, subject and quarter. */
const GRADE_COUNTERS = ['marks2', 'marks3', 'marks4', 'marks5', 'formative_marks', 'lessons_with_marks'] as const;

/**
 * A group of marks counted as the counters count them: per grade (m2…m5) and formative marks. The
 * one definition, for marks written (recordMarks), removed (removeMarks) and counted again
 * (recountMarkRollups). `of`: the marks' alias, when the group joins other tables.
 */
function markCounts(of?: string): SQL {
  const c = of ? `${of}.` : '';
  return sql.raw(
    `count(*) filter (where ${c}grade = 2) as m2, count(*) filter (where ${c}grade = 3) as m3, ` +
      `count(*) filter (where ${c}grade = 4) as m4, count(*) filter (where ${c}grade = 5) as m5, count(*) filter (where ${c}kind = 'formative') as formative`,
  );
}

/** journal_class_stats from a `counts` relation: each counter added to what is there, or put in its place. */
function upsertStats(counters: 'added' | 'replaced'): SQL {
  const update = GRADE_COUNTERS.map((c) => (counters === 'added' ? `${c} = journal_class_stats.${c} + excluded.${c}` : `${c} = excluded.${c}`)).join(', ');
  return sql`insert into journal_class_stats (class_id, subject_id, quarter, organization_id, ${sql.raw(GRADE_COUNTERS.join(', '))})
    select class_id, subject_id, quarter, organization_id, m2, m3, m4, m5, formative, with_marks from counts
    on conflict (class_id, subject_id, quarter) do update set ${sql.raw(update)}`;
}

/**
 * Writes marks and, in the same statement, adds the counts per grade, the formative marks and
 * the lessons that got their first mark to journal_class_stats. With `returnIds`, gives the new
 * marks' ids in input order (an import remembers them): each row takes its id from the sequence
 * beside its place in the input, so nothing is matched afterwards. With `rollups: 'later'` (a bulk
 * load) only the marks are written: the caller runs recountMarkRollups once they are all in.
 */
export async function recordMarks(db: DbExecutor, marks: readonly MarkInput[], options: { returnIds?: boolean; rollups?: 'now' | 'later' } = {}): Promise<number[]> {
  const columns = [
    column(marks, 'lesson_id', 'integer', (m) => m.lessonId),
    column(marks, 'student_person_id', 'integer', (m) => m.studentPersonId),
    column(marks, 'kind', 'mark_kind', (m) => m.kind),
    column(marks, 'score', 'smallint', (m) => m.score),
    column(marks, 'max_score', 'smallint', (m) => m.maxScore),
    column(marks, 'created_at', 'timestamptz', (m) => (typeof m.createdAt === 'string' ? m.createdAt : m.createdAt.toISOString())),
  ];
  const returnIds = options.returnIds === true;
  if (options.rollups === 'later') {
    const inserted = await inChunks(marks.length, (from, to) => db.execute<{ id: string }>(sql`${insertingMarks(columns, from, to)} ${selectIds(returnIds)}`));
    return returnIds ? inserted.map((r) => Number(r.id)) : [];
  }
  // A marks table the planner believes empty (a new database, never analysed) gets a sequential
  // scan for the "had marks before" probe below, which reads the statement's own new rows once
  // per lesson: 20,000 marks cost seconds. The probe is an index lookup whatever the estimate.
  const [{ seqscan }] = (await db.execute<{ seqscan: string }>(sql`select current_setting('enable_seqscan') as seqscan, set_config('enable_seqscan', 'off', true)`)) as unknown as [{ seqscan: string }];
  const inserted = await inChunks(marks.length, (from, to) =>
    db.execute<{ id: string }>(sql`
      ${insertingMarks(columns, from, to)}, per_lesson as (
        select lesson_id, ${markCounts()} from inserted group by lesson_id
      ), counts as (
        -- A lesson gets its first marks when it had none before this statement (whose own rows
        -- are not in its snapshot).
        select l.class_id, l.subject_id, l.quarter, l.organization_id,
          sum(p.m2) as m2, sum(p.m3) as m3, sum(p.m4) as m4, sum(p.m5) as m5, sum(p.formative) as formative,
          count(*) filter (where earlier.lesson_id is null) as with_marks
        from per_lesson p
        cross join lateral (select class_id, subject_id, quarter, organization_id from lessons where id = p.lesson_id offset 0) l
        left join lateral (select lesson_id from marks where lesson_id = p.lesson_id limit 1) earlier on true
        group by 1, 2, 3, 4
      ), stats as (${upsertStats('added')})
      ${selectIds(returnIds)}`),
  );
  // (After a failure the transaction is aborted, and the setting with it.)
  await db.execute(sql`select set_config('enable_seqscan', ${seqscan}, true)`);
  return returnIds ? inserted.map((r) => Number(r.id)) : [];
}

/**
 * `with input …, inserted …` for the rows [from, to): `input` gives each its id from the sequence
 * beside its input position `n`, `inserted` writes them and returns their lesson, kind and grade
 * (for the rollups).
 */
function insertingMarks(columns: readonly ArrayColumn[], from: number, to: number): SQL {
  // The sequence is looked up once (a sub-select): pg_get_serial_sequence in the row's expression
  // ran a catalogue look-up per row, 5 µs each, over a minute of a city import's 13 M marks.
  return sql`with input as materialized (
        select nextval((select pg_get_serial_sequence('marks', 'id')::regclass)) as id, r.* from ${unnestRows('r', columns, from, to, 'n')}
      ), inserted as (
        insert into marks (id, lesson_id, student_person_id, kind, score, max_score, grade, created_at) overriding system value
        select r.id, r.lesson_id, r.student_person_id, r.kind, r.score, r.max_score, ${gradeSql(sql`r.kind`, sql`r.score`, sql`r.max_score`)}, r.created_at
        from input r
        returning lesson_id, kind, grade
      )`;
}

/** The statement's answer: the new marks' ids in input order, or no rows. */
const selectIds = (returnIds: boolean): SQL => sql`select id from input where ${returnIds} order by n`;

/** The newest mark's id (0 without any): what a batch written with `rollups: 'later'` comes after. */
export async function lastMarkId(db: DbExecutor): Promise<number> {
  const [row] = await db.execute<{ id: string }>(sql`select coalesce(max(id), 0) as id from marks`);
  return Number(row!.id);
}

/**
 * The mark counters of journal_class_stats (per grade, formative marks, lessons with marks)
 * counted again, whole, for every class, subject and quarter that has a mark after `afterId`:
 * after a bulk load written with `rollups: 'later'` (an import's 13 M marks), one set-based pass
 * instead of an update in every statement. The counts are the same definitions recordMarks adds
 * to and removeMarks takes from, so they agree with them whatever was there before.
 */
export async function recountMarkRollups(db: DbExecutor, afterId: number): Promise<void> {
  await db.execute(sql`
    with touched as (
      select distinct l.class_id, l.subject_id, l.quarter
      from marks m join lessons l on l.id = m.lesson_id
      where m.id > ${afterId}
    ), per_lesson as (
      select l.class_id, l.subject_id, l.quarter, l.organization_id,
        ${markCounts('m')}
      from touched t
      join lessons l on l.class_id = t.class_id and l.subject_id = t.subject_id and l.quarter = t.quarter
      join marks m on m.lesson_id = l.id
      group by l.id
    ), counts as (
      select class_id, subject_id, quarter, organization_id, sum(m2) as m2, sum(m3) as m3, sum(m4) as m4, sum(m5) as m5, sum(formative) as formative, count(*) as with_marks
      from per_lesson group by 1, 2, 3, 4
    )
    ${upsertStats('replaced')}`);
}

/**
 * Changes marks' scores: the grade follows, the change is written to journal_edits (who, when,
 * from, to) and the grade counts of journal_class_stats move from the old grade to the new one.
 */
export async function changeMarks(db: DbExecutor, changes: readonly MarkChange[]): Promise<void> {
  const columns = [
    column(changes, 'mark_id', 'bigint', (c) => c.markId),
    column(changes, 'new_score', 'smallint', (c) => c.newScore),
    column(changes, 'editor_person_id', 'integer', (c) => c.editorPersonId),
    column(changes, 'edited_at', 'timestamptz', (c) => c.at.toISOString()),
  ];
  await inChunks(changes.length, async (from, to) => {
    await db.execute(sql`
      with input as (select * from ${unnestRows('r', columns, from, to)}),
      old as (
        select m.id, m.score, m.grade, m.kind, m.max_score, l.class_id, l.subject_id, l.quarter, l.organization_id, i.new_score, i.editor_person_id, i.edited_at
        from input i
        cross join lateral (select * from marks where id = i.mark_id offset 0) m
        cross join lateral (select class_id, subject_id, quarter, organization_id from lessons where id = m.lesson_id offset 0) l
      ), updated as (
        update marks m set score = o.new_score, grade = ${gradeSql(sql`o.kind`, sql`o.new_score`, sql`o.max_score`)}
        from old o where m.id = o.id
        returning m.id, m.grade
      ), edits as (
        insert into journal_edits (organization_id, mark_id, editor_person_id, old_score, new_score, edited_at)
        select organization_id, id, editor_person_id, score, new_score, edited_at from old
      ), deltas as (
        select o.class_id, o.subject_id, o.quarter, o.organization_id,
          sum((u.grade is not distinct from 2)::int - (o.grade is not distinct from 2)::int) as m2, sum((u.grade is not distinct from 3)::int - (o.grade is not distinct from 3)::int) as m3,
          sum((u.grade is not distinct from 4)::int - (o.grade is not distinct from 4)::int) as m4, sum((u.grade is not distinct from 5)::int - (o.grade is not distinct from 5)::int) as m5
        from old o join updated u on u.id = o.id
        group by 1, 2, 3, 4
      )
      update journal_class_stats s set
        marks2 = s.marks2 + coalesce(d.m2, 0), marks3 = s.marks3 + coalesce(d.m3, 0),
        marks4 = s.marks4 + coalesce(d.m4, 0), marks5 = s.marks5 + coalesce(d.m5, 0)
      from deltas d
      where s.class_id = d.class_id and s.subject_id = d.subject_id and s.quarter = d.quarter`);
    return [];
  });
}

/**
 * Removes marks (a OneRoster delta's tobedeleted result) with their change history, and takes
 * them out of journal_class_stats in the same statement: their grade counts, formative marks,
 * and the lesson when it loses its last mark. Marks already gone are no change. Returns the
 * ids removed.
 */
export async function removeMarks(db: DbExecutor, markIds: readonly number[]): Promise<number[]> {
  if (markIds.length === 0) return [];
  const ids = idList(markIds);
  const rows = await db.execute<{ id: string }>(sql`
    with edits as (
      delete from journal_edits where mark_id = any(${ids}::bigint[])
    ), gone as (
      delete from marks where id = any(${ids}::bigint[])
      returning id, lesson_id, kind, grade
    ), per_lesson as (
      select lesson_id, ${markCounts()} from gone group by lesson_id
    ), deltas as (
      -- The statement's snapshot still has the removed marks: a lesson keeps marks when another one is left.
      select l.class_id, l.subject_id, l.quarter,
        sum(p.m2) as m2, sum(p.m3) as m3, sum(p.m4) as m4, sum(p.m5) as m5, sum(p.formative) as formative,
        count(*) filter (where kept.lesson_id is null) as without_marks
      from per_lesson p
      cross join lateral (select class_id, subject_id, quarter from lessons where id = p.lesson_id offset 0) l
      left join lateral (select lesson_id from marks where lesson_id = p.lesson_id and id <> all(${ids}::bigint[]) limit 1) kept on true
      group by 1, 2, 3
    ), stats as (
      update journal_class_stats s set
        marks2 = s.marks2 - d.m2, marks3 = s.marks3 - d.m3, marks4 = s.marks4 - d.m4, marks5 = s.marks5 - d.m5,
        formative_marks = s.formative_marks - d.formative, lessons_with_marks = s.lessons_with_marks - d.without_marks
      from deltas d
      where s.class_id = d.class_id and s.subject_id = d.subject_id and s.quarter = d.quarter
    )
    select id from gone`);
  return rows.map((r) => Number(r.id));
}
