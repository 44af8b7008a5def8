import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberships, organizations, persons, users } from '@/db/schema';
import { visibleContacts } from './contacts';
import { ALL, categoryFilter, categoryParam, type PeopleCategory } from './categories';
import { peopleCategoryCountsFor } from './category-counts';
import { loadPeopleNetwork, searchPeople, searchPeopleCounted } from './directory';

/** A registered user's personal page: name, organisations and roles, contacts and whether they are shown. */
export async function getUserProfile({ userId, viewerId }: { userId: number; viewerId: number }) {
  const db = getDb();
  const [user] = await db
    .select({
      userId: users.id,
      personId: persons.id,
      surname: persons.surname,
      name: persons.name,
      patronymic: persons.patronymic,
      email: sql<string | null>`coalesce(${users.email}, ${persons.email})`,
      phone: persons.phone,
      showContacts: users.showContacts,
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
  return { ...visibleContacts(user, viewerId), roles };
}

/** The People tab (F-2.3): the network, the category counts, one page of people and their count. */
export async function getPeopleDirectory(args: { orgId: number; category: PeopleCategory; q: string; registeredOnly: boolean; page: number }) {
  const db = getDb();
  const network = await loadPeopleNetwork(db, args.orgId);
  if (!network) return null;
  // A category that names nothing here (a stale link) shows everyone rather than an empty page.
  const category = categoryFilter(network, args.category) ? args.category : ALL;
  const query = { network, category, q: args.q, registeredOnly: args.registeredOnly };
  const filtered = args.q.trim() !== '' || args.registeredOnly;
  // Without a search the category's own count is the total; with one, the page's query counts.
  const [counts, page] = await Promise.all([
    peopleCategoryCountsFor(db, network),
    filtered ? searchPeopleCounted(db, { ...query, page: args.page }) : searchPeople(db, { ...query, page: args.page }).then((people) => ({ people, total: null })),
  ]);
  return { network, category, counts, people: page.people, total: page.total ?? counts[categoryParam(category)] ?? 0 };
}
