-- Kept current by triggers: the people of each organisation (db/schema/journal-rollups.ts,
-- organization_people), read by the activity report (F-7.4). memberships and users are written
-- by the people administration, registration and the journal alike, so the database itself
-- recounts every organisation a statement touched. Applied by db/migrate.ts after the generated
-- migrations, on every start: everything here is idempotent.

create or replace function refresh_organization_people(org_ids int[]) returns void
language sql as $$
  insert into organization_people (organization_id, people, users, staff, staff_users, students, student_users, parents, parent_users)
  select o.id, coalesce(c.people, 0), coalesce(c.users, 0), coalesce(c.staff, 0), coalesce(c.staff_users, 0),
    coalesce(c.students, 0), coalesce(c.student_users, 0), coalesce(c.parents, 0), coalesce(c.parent_users, 0)
  from (select distinct id from unnest(org_ids) as id where id is not null) o
  join organizations org on org.id = o.id
  left join lateral (
    -- A person counts once however many roles they hold, and once in each role group.
    select count(*) as people, count(u.id) as users,
      count(*) filter (where p.staff) as staff, count(u.id) filter (where p.staff) as staff_users,
      count(*) filter (where p.student) as students, count(u.id) filter (where p.student) as student_users,
      count(*) filter (where p.parent) as parents, count(u.id) filter (where p.parent) as parent_users
    from (
      select person_id, bool_or(role not in ('student', 'parent')) as staff, bool_or(role = 'student') as student, bool_or(role = 'parent') as parent
      from memberships where organization_id = o.id and archived_at is null
      group by person_id
    ) p
    left join users u on u.person_id = p.person_id
  ) c on true
  on conflict (organization_id) do update set
    people = excluded.people, users = excluded.users, staff = excluded.staff, staff_users = excluded.staff_users,
    students = excluded.students, student_users = excluded.student_users, parents = excluded.parents, parent_users = excluded.parent_users;
$$;

create or replace function memberships_people_after_insert() returns trigger language plpgsql as $$
begin
  perform refresh_organization_people(array(select distinct organization_id from new_rows));
  return null;
end $$;

create or replace function memberships_people_after_update() returns trigger language plpgsql as $$
begin
  -- Only a change of organisation, person, role or archive state changes the counts (not a new position).
  perform refresh_organization_people(array(
    select unnest(array[n.organization_id, o.organization_id])
    from new_rows n join old_rows o on o.id = n.id
    where (n.organization_id, n.person_id, n.role, n.archived_at) is distinct from (o.organization_id, o.person_id, o.role, o.archived_at)));
  return null;
end $$;

create or replace function memberships_people_after_delete() returns trigger language plpgsql as $$
begin
  perform refresh_organization_people(array(select distinct organization_id from old_rows));
  return null;
end $$;

-- A person who registers (or loses the login) changes the users columns of every organisation they belong to.
create or replace function users_people_after_change() returns trigger language plpgsql as $$
begin
  perform refresh_organization_people(array(
    select distinct m.organization_id from memberships m
    where m.person_id in (select person_id from changed_rows)));
  return null;
end $$;

drop trigger if exists memberships_people_insert on memberships;
create trigger memberships_people_insert after insert on memberships
  referencing new table as new_rows for each statement execute function memberships_people_after_insert();
drop trigger if exists memberships_people_update on memberships;
create trigger memberships_people_update after update on memberships
  referencing old table as old_rows new table as new_rows for each statement execute function memberships_people_after_update();
drop trigger if exists memberships_people_delete on memberships;
create trigger memberships_people_delete after delete on memberships
  referencing old table as old_rows for each statement execute function memberships_people_after_delete();
drop trigger if exists users_people_insert on users;
create trigger users_people_insert after insert on users
  referencing new table as changed_rows for each statement execute function users_people_after_change();
drop trigger if exists users_people_delete on users;
create trigger users_people_delete after delete on users
  referencing old table as changed_rows for each statement execute function users_people_after_change();

-- Organisations that existed before these triggers: counted once.
select refresh_organization_people(array(select id from organizations))
where not exists (select 1 from organization_people) and exists (select 1 from memberships);
