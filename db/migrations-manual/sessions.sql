-- Ending sessions (users.session_version, lib/auth/options.ts): a session works only while the
-- version it was opened with is the user's current one. Sign-out raises it in the app; a new
-- password and the archiving of a person's last active membership raise it here, so every
-- writer of users and memberships (administration, import, anything later) ends the sessions
-- at once. Applied by db/migrate.ts on every start: idempotent.

create or replace function users_password_ends_sessions() returns trigger
language plpgsql as $$
begin
  new.session_version := old.session_version + 1;
  return new;
end;
$$;

drop trigger if exists users_password_ends_sessions on users;
create trigger users_password_ends_sessions
  before update of password_hash on users
  for each row when (old.password_hash is distinct from new.password_hash)
  execute function users_password_ends_sessions();

create or replace function memberships_last_removal_ends_sessions() returns trigger
language plpgsql as $$
begin
  -- An active membership archived (or deleted) and none left: the person's sessions end.
  if tg_op = 'UPDATE' and new.archived_at is null then
    return null;
  end if;
  update users u set session_version = u.session_version + 1
  where u.person_id = old.person_id
    and not exists (select 1 from memberships m where m.person_id = old.person_id and m.archived_at is null);
  return null;
end;
$$;

drop trigger if exists memberships_last_removal_ends_sessions on memberships;
create trigger memberships_last_removal_ends_sessions
  after update of archived_at or delete on memberships
  for each row when (old.archived_at is null)
  execute function memberships_last_removal_ends_sessions();
