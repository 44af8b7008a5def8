import 'server-only';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { statementBuiltOnce } from '@/db/prepared';
import { unreadCountSql } from '@/lib/notifications/addressed';
import { type OrgAuthRow, toOrgAuth } from './org-auth';
import type { MembershipGrant, OrgAuth, SignedInUser } from './permissions';
import { decodeSessionToken } from './session-token';
import { fullName } from '@/lib/people/full-name';

type UserRow = {
  id: number;
  person_id: number;
  login: string;
  surname: string;
  name: string;
  patronymic: string | null;
  grants: (MembershipGrant & { org: OrgAuthRow })[];
  unread: number;
};

function userQuery(userId: SQLWrapper): SQL {
  return sql`
    select u.id, u.person_id, u.login, p.surname, p.name, p.patronymic,
      coalesce((
        select json_agg(json_build_object(
          'organizationId', m.organization_id, 'organizationKind', o.kind, 'role', m.role,
          'isAdmin', m.is_admin, 'isModerator', m.is_moderator, 'isEditor', m.is_editor,
          'org', json_build_object('id', o.id, 'kind', o.kind, 'parentId', o.parent_id, 'functions', o.functions,
            'applicationsEmail', o.applications_email, 'applicationsEmailConfirmedAt', o.applications_email_confirmed_at)) order by m.id)
        from memberships m join organizations o on o.id = m.organization_id
        where m.person_id = u.person_id and m.archived_at is null
      ), '[]'::json) as grants,
      ${unreadCountSql(sql`u.person_id`)} as unread
    from users u join persons p on p.id = u.person_id
    where u.id = ${userId}`;
}
// Every page runs one of these: built once (db/prepared.ts).
const userById = statementBuiltOnce<{ userId: number }, UserRow>((p) => userQuery(p.userId));
const userOfSession = statementBuiltOnce<{ userId: number; sessionVersion: number }, UserRow>((p) => sql`${userQuery(p.userId)} and u.session_version = ${p.sessionVersion}`);

/**
 * The user behind a session, or null. With `sessionVersion` (the session's, lib/auth/sessions.ts)
 * a session that was ended since — sign-out, a new password, the last membership removed — is null.
 * Read on every request (so a removal takes effect at once): one round trip, with the active
 * memberships, their organisations as `can` sees them and the unread notifications the header
 * shows (each was a round trip of its own on every page).
 */
export async function loadCurrentUser(db: Database, userId: number, sessionVersion?: number): Promise<SignedInUser | null> {
  const [user] = sessionVersion === undefined ? await userById(db, { userId }) : await userOfSession(db, { userId, sessionVersion });
  if (!user) return null;
  const organizations = new Map<number, OrgAuth>();
  for (const grant of user.grants) organizations.set(grant.organizationId, toOrgAuth(grant.org));
  return {
    id: user.id,
    personId: user.person_id,
    login: user.login,
    fullName: fullName(user),
    memberships: user.grants.map((g) => ({ organizationId: g.organizationId, organizationKind: g.organizationKind, role: g.role, isAdmin: g.isAdmin, isModerator: g.isModerator, isEditor: g.isEditor })),
    memberOrganizations: [...organizations.values()],
    unreadNotifications: Number(user.unread),
  };
}

/**
 * The user of a session cookie's token (lib/auth/session-token.ts), or null: no token, one that
 * does not decrypt with the secret or has expired, or a session ended since (sessionVersion).
 */
export async function loadSessionUser(db: Database, token: string | null, secret: string): Promise<SignedInUser | null> {
  const claims = token ? decodeSessionToken(token, secret) : null;
  if (typeof claims?.uid !== 'number') return null;
  return loadCurrentUser(db, claims.uid, typeof claims.sv === 'number' ? claims.sv : 0);
}
