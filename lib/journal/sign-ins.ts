import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';
import { column, inChunks, unnestRows } from './sql-arrays';

export type SignIn = { userId: number; at: Date };

/**
 * Records sign-ins and, in the same statement, the rollups the activity reports read: for every
 * organisation the user is an active member of, the day (in that organisation's time zone) is
 * marked once per user in sign_in_user_days, and the first sign-in of a user on a day adds one
 * to organization_sign_in_days — to the users column and to each role column the user holds
 * there. So a day counts unique users, as Kundelik counts, however often they sign in.
 */
export async function recordSignIns(db: DbExecutor, signIns: readonly SignIn[]): Promise<void> {
  const columns = [column(signIns, 'user_id', 'integer', (s) => s.userId), column(signIns, 'signed_in_at', 'timestamptz', (s) => s.at.toISOString())];
  await inChunks(signIns.length, async (from, to) => {
    await db.execute(sql`
      with new_sign_ins as (
        insert into sign_ins (user_id, signed_in_at)
        select user_id, signed_in_at from ${unnestRows('r', columns, from, to)}
        returning user_id, signed_in_at
      ), member_days as (
        select m.organization_id, s.user_id, (s.signed_in_at at time zone o.time_zone)::date as day,
          bool_or(m.role not in ('student', 'parent')) as staff,
          bool_or(m.role = 'student') as student,
          bool_or(m.role = 'parent') as parent
        from new_sign_ins s
        cross join lateral (select person_id from users where id = s.user_id offset 0) u
        cross join lateral (
          select organization_id, role from memberships where person_id = u.person_id and archived_at is null offset 0
        ) m
        join organizations o on o.id = m.organization_id
        group by 1, 2, 3
      ), new_days as (
        insert into sign_in_user_days (organization_id, user_id, day)
        select organization_id, user_id, day from member_days
        on conflict do nothing
        returning organization_id, user_id, day
      )
      insert into organization_sign_in_days (organization_id, day, users, staff, students, parents)
      select d.organization_id, d.day, count(*), count(*) filter (where md.staff), count(*) filter (where md.student), count(*) filter (where md.parent)
      from new_days d
      join member_days md on md.organization_id = d.organization_id and md.user_id = d.user_id and md.day = d.day
      group by d.organization_id, d.day
      on conflict (organization_id, day) do update set
        users = organization_sign_in_days.users + excluded.users,
        staff = organization_sign_in_days.staff + excluded.staff,
        students = organization_sign_in_days.students + excluded.students,
        parents = organization_sign_in_days.parents + excluded.parents`);
    return [];
  });
}
