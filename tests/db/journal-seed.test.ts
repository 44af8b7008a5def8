import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { resetSeededData, seedDemo, type SeedSummary } from '@/db/seed';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const { db: secondDb } = await useTestDatabase();
let summary: SeedSummary;

beforeAll(async () => {
  summary = await seedDemo(db, { scale: 'demo' });
  await seedDemo(secondDb, { scale: 'demo' });
});

const one = async <T extends Record<string, unknown>>(database: Database, query: ReturnType<typeof sql>) => (await database.execute<T>(query))[0]!;

async function digest(database: Database) {
  const tables = {
    lessons: sql`select md5(string_agg(concat_ws('|', id, class_id, subject_id, teacher_person_id, substitute_person_id, date, period, status, topic, recorded_at), ',' order by id)) as d from lessons`,
    marks: sql`select md5(string_agg(concat_ws('|', id, lesson_id, student_person_id, kind, score, max_score, grade), ',' order by id)) as d from marks`,
    attendance: sql`select md5(string_agg(concat_ws('|', lesson_id, student_person_id, kind), ',' order by lesson_id, student_person_id)) as d from attendance_marks`,
    signIns: sql`select md5(string_agg(concat_ws('|', user_id, signed_in_at), ',' order by id)) as d from sign_ins`,
    edits: sql`select md5(string_agg(concat_ws('|', mark_id, editor_person_id, old_score, new_score, edited_at), ',' order by id)) as d from journal_edits`,
    movements: sql`select md5(string_agg(concat_ws('|', student_person_id, kind, date, counterpart), ',' order by id)) as d from student_movements`,
  };
  const out: Record<string, string> = {};
  for (const [name, query] of Object.entries(tables)) out[name] = (await one<{ d: string }>(database, query)).d;
  return out;
}

describe('school-data generator', () => {
  it('writes a school year of data in the demo seed', () => {
    expect(summary.journal).not.toBeNull();
    const j = summary.journal!;
    expect(j.classes).toBeGreaterThan(200);
    expect(j.lessons).toBeGreaterThan(50_000);
    expect(j.marks).toBeGreaterThan(j.lessons);
    expect(j.signIns).toBeGreaterThan(2_000);
    expect(j.edits).toBeGreaterThan(0);
    expect(j.movements).toBeGreaterThan(0);
  });

  it('is deterministic: two seeds write the same rows', async () => {
    expect(await digest(secondDb)).toEqual(await digest(db));
  });

  it('leaves no orphans in the tables without foreign keys', async () => {
    const orphans = await one<Record<string, number>>(
      db,
      sql`select
        (select count(*)::int from lessons l where not exists (select 1 from school_classes c where c.id = l.class_id and c.organization_id = l.organization_id)) as lessons,
        (select count(*)::int from marks m where not exists (select 1 from lessons l where l.id = m.lesson_id)) as marks,
        (select count(*)::int from marks m where not exists (select 1 from persons p where p.id = m.student_person_id)) as mark_students,
        (select count(*)::int from attendance_marks a where not exists (select 1 from lessons l where l.id = a.lesson_id)) as attendance,
        (select count(*)::int from homework_reports r where not exists (select 1 from homework h where h.id = r.homework_id)) as reports,
        (select count(*)::int from sign_in_user_days d where not exists (select 1 from users u where u.id = d.user_id)) as days`,
    );
    expect(orphans).toEqual({ lessons: 0, marks: 0, mark_students: 0, attendance: 0, reports: 0, days: 0 });
  });

  it('keeps the journal rollup equal to the same sums over the raw rows', async () => {
    const mismatches = await one<{ n: number }>(
      db,
      sql`with raw as (
        select l.class_id, l.subject_id, l.quarter,
          count(*) filter (where l.status <> 'cancelled') as held, count(*) filter (where l.status = 'cancelled') as cancelled,
          count(*) filter (where l.status = 'substituted') as substituted, count(*) filter (where l.status <> 'cancelled' and l.late_entry) as late,
          (select count(*) from marks m join lessons x on x.id = m.lesson_id where x.class_id = l.class_id and x.subject_id = l.subject_id and x.quarter = l.quarter and m.grade = 5) as m5,
          (select count(*) from attendance_marks a join lessons x on x.id = a.lesson_id where x.class_id = l.class_id and x.subject_id = l.subject_id and x.quarter = l.quarter and a.kind = 'absent_illness') as illness,
          (select count(distinct m.lesson_id) from marks m join lessons x on x.id = m.lesson_id where x.class_id = l.class_id and x.subject_id = l.subject_id and x.quarter = l.quarter) as with_marks
        from lessons l where l.organization_id in (select id from organizations where kind = 'institution' order by id limit 3)
        group by l.class_id, l.subject_id, l.quarter
      )
      select count(*)::int as n from raw r join journal_class_stats s using (class_id, subject_id, quarter)
      where (r.held, r.cancelled, r.substituted, r.late, r.m5, r.illness, r.with_marks)
        is distinct from (s.lessons_held, s.lessons_cancelled, s.lessons_substituted, s.late_entries, s.marks5, s.absent_illness, s.lessons_with_marks)`,
    );
    expect(mismatches.n).toBe(0);
  });

  it('keeps the sign-in rollup equal to unique users a day over the raw sign-ins of the members at the time', async () => {
    const mismatches = await one<{ n: number }>(
      db,
      sql`with raw as (
        select m.organization_id, (s.signed_in_at at time zone o.time_zone)::date as day, count(distinct s.user_id) as users
        from sign_ins s join users u on u.id = s.user_id
        join memberships m on m.person_id = u.person_id and (m.archived_at is null or m.archived_at > s.signed_in_at)
        join organizations o on o.id = m.organization_id
        group by 1, 2
      )
      select count(*)::int as n from raw full join organization_sign_in_days d using (organization_id, day)
      where raw.users is distinct from d.users`,
    );
    expect(mismatches.n).toBe(0);
  });

  it('keeps the people rollup equal to a recount of the active memberships', async () => {
    const mismatches = await one<{ n: number }>(
      db,
      sql`with raw as (
        select p.organization_id, count(*) as people, count(u.id) as users, count(*) filter (where p.student) as students, count(u.id) filter (where p.parent) as parent_users
        from (select organization_id, person_id, bool_or(role = 'student') as student, bool_or(role = 'parent') as parent
              from memberships where archived_at is null group by 1, 2) p
        left join users u on u.person_id = p.person_id
        group by p.organization_id
      )
      select count(*)::int as n from raw r full join organization_people o using (organization_id)
      where (r.people, r.users, r.students, r.parent_users) is distinct from (o.people, o.users, o.students, o.parent_users)`,
    );
    expect(mismatches.n).toBe(0);
  });

  it('has realistic shapes: weekday lessons only, about 5 % of lessons missed, quiet weekends, users who never sign in', async () => {
    const shape = await one<Record<string, number>>(
      db,
      sql`select
        (select count(*)::int from lessons where extract(isodow from date) > 5 or date in ('2026-12-16') or date between '2026-10-26' and '2026-11-01') as off_days,
        (select min(date)::text from lessons) as first_day,
        (select max(date)::text from lessons) as last_day,
        (select round(100.0 * (select count(*) from attendance_marks where kind <> 'late') /
          (select sum(c.n) from (select l.id, (select count(*) from class_students cs where cs.class_id = l.class_id) as n from lessons l where l.status <> 'cancelled') c), 1))::float as absent_percent,
        (select round(avg(n) filter (where extract(isodow from day) <= 5) / nullif(avg(n) filter (where extract(isodow from day) > 5), 0), 1)::float
          from (select (signed_in_at at time zone 'Asia/Almaty')::date as day, count(*) as n from sign_ins where signed_in_at >= '2026-09-01' group by 1) d) as weekday_ratio,
        (select count(*)::int from users where last_sign_in_at is null) as never_signed_in,
        (select count(*)::int from users u where u.last_sign_in_at is distinct from (select max(signed_in_at) from sign_ins s where s.user_id = u.id)) as last_differs`,
    );
    expect(shape).toMatchObject({ off_days: 0, first_day: '2026-09-01', last_day: '2026-11-27', never_signed_in: expect.any(Number), last_differs: 0 });
    expect(shape.never_signed_in).toBeGreaterThan(50);
    expect(shape.absent_percent).toBeGreaterThan(3);
    expect(shape.absent_percent).toBeLessThan(8);
    expect(shape.weekday_ratio).toBeGreaterThan(1.5);
  });

  it('is emptied by the seed’s reset, tables without foreign keys included', async () => {
    await resetSeededData(secondDb);
    const left = await one<{ n: number }>(
      secondDb,
      sql`select ((select count(*) from lessons) + (select count(*) from marks) + (select count(*) from attendance_marks) + (select count(*) from homework_reports)
        + (select count(*) from sign_ins) + (select count(*) from sign_in_user_days) + (select count(*) from journal_class_stats))::int as n`,
    );
    expect(left.n).toBe(0);
  });
});
