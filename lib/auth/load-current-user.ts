import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import type { CurrentUser, MembershipGrant } from './permissions';
import { decodeSessionToken } from './session-token';

/**
 * The user behind a session, or null. With `sessionVersion` (the session's, lib/auth/sessions.ts)
 * a session that was ended since — sign-out, a new password, the last membership removed — is null.
 * Read on every request (so a removal takes effect at once): one round trip, the active
 * memberships gathered in the same query.
 */
export async function loadCurrentUser(db: Database, userId: number, sessionVersion?: number): Promise<CurrentUser | null> {
  const [user] = await db.execute<{ id: number; person_id: number; login: string; surname: string; name: string; patronymic: string | null; grants: MembershipGrant[] }>(sql`
    select u.id, u.person_id, u.login, p.surname, p.name, p.patronymic,
      coalesce((
        select json_agg(json_build_object(
          'organizationId', m.organization_id, 'organizationKind', o.kind, 'role', m.role,
          'isAdmin', m.is_admin, 'isModerator', m.is_moderator, 'isEditor', m.is_editor) order by m.id)
        from memberships m join organizations o on o.id = m.organization_id
        where m.person_id = u.person_id and m.archived_at is null
      ), '[]'::json) as grants
    from users u join persons p on p.id = u.person_id
    where u.id = ${userId} ${sessionVersion === undefined ? sql`` : sql`and u.session_version = ${sessionVersion}`}`);
  if (!user) return null;
  return {
    id: user.id,
    personId: user.person_id,
    login: user.login,
    fullName: [user.surname, user.name, user.patronymic].filter(Boolean).join(' '),
    memberships: user.grants,
  };
}

/**
 * The user of a session cookie's token (lib/auth/session-token.ts), or null: no token, one that
 * does not decrypt with the secret or has expired, or a session ended since (sessionVersion).
 */
export async function loadSessionUser(db: Database, token: string | null, secret: string): Promise<CurrentUser | null> {
  const claims = token ? decodeSessionToken(token, secret) : null;
  if (typeof claims?.uid !== 'number') return null;
  return loadCurrentUser(db, claims.uid, typeof claims.sv === 'number' ? claims.sv : 0);
}
