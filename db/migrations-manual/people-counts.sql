-- Every transaction that writes memberships leaves its id in membership_changes, whoever writes
-- (the people administration, imports, OneRoster, the seed): the People tab's cached category
-- counts (lib/people/category-counts.ts) are out of date once a change their snapshot did not see
-- is committed. One insert per transaction, no shared row to update, so concurrent writers never
-- wait for each other here. Applied by db/migrate.ts on every start: idempotent.

create or replace function memberships_note_change() returns trigger language plpgsql as $$
begin
  insert into membership_changes (xid, changed_at) values (pg_current_xact_id()::text::bigint, now())
  on conflict (xid) do nothing;
  return null;
end $$;

drop trigger if exists memberships_note_insert on memberships;
create trigger memberships_note_insert after insert on memberships
  for each statement execute function memberships_note_change();
-- Only these columns decide who a category holds (not a position or a phone).
drop trigger if exists memberships_note_update on memberships;
create trigger memberships_note_update after update of organization_id, person_id, role, is_admin, archived_at on memberships
  for each statement execute function memberships_note_change();
drop trigger if exists memberships_note_delete on memberships;
create trigger memberships_note_delete after delete on memberships
  for each statement execute function memberships_note_change();
drop trigger if exists memberships_note_truncate on memberships;
create trigger memberships_note_truncate after truncate on memberships
  for each statement execute function memberships_note_change();
