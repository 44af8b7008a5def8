import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db';
import { memberships, organizations, persons, users } from '@/db/schema';
import type { CurrentUser } from './permissions';

/**
 * The user behind a session, or null. With `sessionVersion` (the session's, lib/auth/sessions.ts)
 * a session that was ended since — sign-out, a new password, the last membership removed — is null.
 */
export async function loadCurrentUser(db: Database, userId: number, sessionVersion?: number): Promise<CurrentUser | null> {
  const [user] = await db
    .select({ id: users.id, personId: users.personId, login: users.login, surname: persons.surname, name: persons.name, patronymic: persons.patronymic })
    .from(users)
    .innerJoin(persons, eq(persons.id, users.personId))
    .where(and(eq(users.id, userId), sessionVersion === undefined ? undefined : eq(users.sessionVersion, sessionVersion)));
  if (!user) return null;
  const grants = await db
    .select({
      organizationId: memberships.organizationId,
      organizationKind: organizations.kind,
      role: memberships.role,
      isAdmin: memberships.isAdmin,
      isModerator: memberships.isModerator,
      isEditor: memberships.isEditor,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.personId, user.personId), isNull(memberships.archivedAt)));
  return {
    id: user.id,
    personId: user.personId,
    login: user.login,
    fullName: [user.surname, user.name, user.patronymic].filter(Boolean).join(' '),
    memberships: grants,
  };
}
