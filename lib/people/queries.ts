import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberships, organizations, persons, users } from '@/db/schema';

/** A registered user's personal page: name, organisations and roles; contacts only to staff. */
export async function getUserProfile({ userId }: { userId: number }) {
  const db = getDb();
  const [user] = await db
    .select({
      userId: users.id,
      personId: persons.id,
      surname: persons.surname,
      name: persons.name,
      patronymic: persons.patronymic,
      email: users.email,
      phone: persons.phone,
    })
    .from(users)
    .innerJoin(persons, eq(persons.id, users.personId))
    .where(eq(users.id, userId));
  if (!user) return null;
  const roles = await db
    .select({
      organizationId: organizations.id,
      organizationName: organizations.shortName,
      role: memberships.role,
      position: memberships.position,
      isAdmin: memberships.isAdmin,
      isModerator: memberships.isModerator,
      isEditor: memberships.isEditor,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.personId, user.personId), isNull(memberships.archivedAt)))
    .orderBy(asc(organizations.shortName));
  return { ...user, roles };
}
