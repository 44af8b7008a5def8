import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database, DbExecutor } from '@/db';
import { memberships, organizations, persons, users, type MembershipRole } from '@/db/schema';
import { subordinateInstitutionIds } from '@/lib/organizations/subordinates/sets';
import { limitInStatement, pageWindow, totalOfAllRows } from '@/lib/pagination';
import {
  allCategories,
  categoryFilter,
  type CategoryFilter,
  networkOrganizationIds,
  orderRoles,
  type PeopleCategory,
  type PeopleNetwork,
} from './categories';
import { nameHas, searchWords } from './name-search';

/**
 * The People tab's reads (F-2.3), taking the database so tests and the benchmark run the very
 * queries the page runs.
 */

/** 20 people a page keep the tab under 60 KB of HTML (issue 13; 50 made it 86 KB). */
export const PEOPLE_PAGE_SIZE = 20;

/**
 * The organisation, the authorities directly under it, and the institutions it counts as
 * subordinate (F-4.7/F-4.8: the one definition in lib/organizations/subordinates/sets).
 */
export async function loadPeopleNetwork(db: Database, orgId: number): Promise<PeopleNetwork | null> {
  // Side by side: the institutions' query needs only the id (one round trip less on every People page).
  const [rows, institutionIds] = await Promise.all([
    db
      .select({ id: organizations.id, kind: organizations.kind, shortName: organizations.shortName, parentId: organizations.parentId })
      .from(organizations)
      .where(or(eq(organizations.id, orgId), and(eq(organizations.parentId, orgId), eq(organizations.kind, 'authority'))))
      .orderBy(asc(organizations.shortName), asc(organizations.id)),
    subordinateInstitutionIds(db, orgId),
  ]);
  const self = rows.find((r) => r.id === orgId);
  if (!self) return null;
  return {
    orgId,
    orgKind: self.kind,
    subAuthorities: rows.filter((r) => r.id !== orgId).map((r) => ({ id: r.id, shortName: r.shortName })),
    institutionIds,
  };
}

function membershipCondition(filter: CategoryFilter): SQL {
  const conditions: SQL[] = [isNull(memberships.archivedAt), inArray(memberships.organizationId, filter.organizationIds)];
  if (filter.roles) conditions.push(inArray(memberships.role, filter.roles));
  if (filter.adminOnly) conditions.push(eq(memberships.isAdmin, true));
  return and(...conditions)!;
}

/**
 * How many distinct people each category holds, keyed by its `?cat=` value; a person with several
 * roles counts once. The own organisation and the subordinate authorities are small and counted
 * exactly from their memberships here; "All" and the institutions (most of a city's 300,000
 * people) take one pass over the memberships that gives each person a bit mask of their
 * institution categories, then counts people per distinct mask: a handful of rows.
 */
export async function countPeopleCategories(db: DbExecutor, network: PeopleNetwork): Promise<Record<string, number>> {
  const categories = allCategories(network);
  const isInstitutionCategory = (c: (typeof categories)[number]) => c.category.kind === 'group' && c.category.group === 'inst';
  const counts: Record<string, number> = {};

  const smallOrgs = [network.orgId, ...network.subAuthorities.map((s) => s.id)];
  const small = await db
    .select({ personId: memberships.personId, organizationId: memberships.organizationId, role: memberships.role, isAdmin: memberships.isAdmin })
    .from(memberships)
    .where(and(isNull(memberships.archivedAt), inArray(memberships.organizationId, smallOrgs)));
  for (const c of categories) {
    if (c.category.kind === 'all' || isInstitutionCategory(c)) continue;
    const filter = categoryFilter(network, c.category)!;
    const people = small.filter((m) => filter.organizationIds.includes(m.organizationId) && (!filter.roles || filter.roles.includes(m.role)) && (!filter.adminOnly || m.isAdmin));
    counts[c.param] = new Set(people.map((m) => m.personId)).size;
  }

  // Every institution category shares the organisations (all institutions), so that test runs
  // once per membership and only the roles and admin flag pick the bits.
  const institutionCategories = categories.filter(isInstitutionCategory);
  const bits = institutionCategories.map((c, i) => {
    const filter = categoryFilter(network, c.category)!;
    const parts: SQL[] = [];
    if (filter.roles) parts.push(inArray(memberships.role, filter.roles));
    if (filter.adminOnly) parts.push(eq(memberships.isAdmin, true));
    return parts.length > 0 ? sql`(case when ${and(...parts)} then ${sql.raw(String(1 << i))} else 0 end)` : sql.raw(String(1 << i));
  });
  const mask =
    bits.length > 0 && network.institutionIds.length > 0
      ? sql`case when ${inArray(memberships.organizationId, network.institutionIds)} then ${sql.join(bits, sql` | `)} else 0 end`
      : sql`0`;
  const perMask = await db.execute<{ mask: number; n: number }>(sql`
    select mask, count(*)::int as n
    from (
      select ${memberships.personId}, bit_or(${mask}) as mask
      from ${memberships}
      where ${membershipCondition({ organizationIds: networkOrganizationIds(network), roles: null, adminOnly: false })}
      group by ${memberships.personId}
    ) per_person
    group by mask`);
  counts.all = perMask.reduce((sum, row) => sum + row.n, 0);
  institutionCategories.forEach((c, i) => {
    counts[c.param] = perMask.reduce((sum, row) => sum + ((row.mask & (1 << i)) !== 0 ? row.n : 0), 0);
  });
  return counts;
}

export type PeopleQuery = { network: PeopleNetwork; category: PeopleCategory; q?: string; registeredOnly?: boolean };

/** The people of a category matching the search; null when the category names nothing here. */
function peopleWhere({ network, category, q, registeredOnly }: PeopleQuery): SQL | null {
  const filter = categoryFilter(network, category);
  if (!filter) return null;
  const conditions: SQL[] = [
    sql`exists (select 1 from ${memberships} where ${memberships.personId} = ${persons.id} and ${membershipCondition(filter)})`,
    // Every word must occur somewhere in the name: any order, any case, any part of a word.
    ...searchWords(q).map(nameHas),
  ];
  // A condition rather than a join: the list looks its page's accounts up after the page is cut (searchPeople).
  if (registeredOnly) conditions.push(sql`exists (select 1 from ${users} where ${users.personId} = ${persons.id})`);
  return and(...conditions)!;
}

export type PersonRow = { personId: number; surname: string; name: string; patronymic: string | null; userId: number | null; roles: MembershipRole[]; isAdmin: boolean };

/** One page of people, by surname and name, each with their roles anywhere in the network. */
export async function searchPeople(db: Database, query: PeopleQuery & { page: number }): Promise<PersonRow[]> {
  return (await pageOfPeople(db, query, false)).people;
}

/**
 * A page of a search and how many it found in all, from one reading of the matches
 * (`count(*) over ()`): the page and countPeople each read every match, side by side.
 */
export async function searchPeopleCounted(db: Database, query: PeopleQuery & { page: number }): Promise<{ people: PersonRow[]; total: number }> {
  const { people, total } = await pageOfPeople(db, query, true);
  // A page past the last one has no row to carry the total.
  return { people, total: total ?? (query.page > 1 ? await countPeople(db, query) : 0) };
}

async function pageOfPeople(db: Database, query: PeopleQuery & { page: number }, withTotal: boolean): Promise<{ people: PersonRow[]; total: number | null }> {
  const where = peopleWhere(query);
  if (!where) return { people: [], total: null };
  const { limit, offset } = pageWindow(query.page, PEOPLE_PAGE_SIZE);
  const rows = await db
    .select({
      personId: persons.id,
      surname: persons.surname,
      name: persons.name,
      patronymic: persons.patronymic,
      ...(withTotal ? { total: totalOfAllRows() } : {}),
    })
    .from(persons)
    .where(where)
    .orderBy(
      // With a search, the few matches are found by the trigram index and then sorted. `|| ''`
      // keeps the order (and the Kazakh collation) but hides persons_name_order_idx, which the
      // planner would otherwise walk in name order through all 300,000 people of a city looking
      // for a rare name (seen: 0.4 s). Without a search, that walk is the fast plan.
      searchWords(query.q).length > 0 ? sql`${persons.surname} || ''` : asc(persons.surname),
      asc(persons.name),
      sql`${persons.patronymic} asc nulls first`,
      asc(persons.id),
    )
    .limit(limitInStatement(limit))
    .offset(offset);
  if (rows.length === 0) return { people: [], total: null };
  const ids = rows.map((r) => r.personId);
  // The page's accounts and roles once it is cut: joined before, every person of the category
  // had its account looked up for the twenty shown (1,444 lookups a request on the demo region).
  const accounts = db.select({ personId: users.personId, userId: users.id }).from(users).where(inArray(users.personId, ids));
  const grantsQuery = db
    .select({ personId: memberships.personId, role: memberships.role, isAdmin: sql<boolean>`bool_or(${memberships.isAdmin})` })
    .from(memberships)
    .where(
      and(
        inArray(memberships.personId, ids),
        membershipCondition({ organizationIds: networkOrganizationIds(query.network), roles: null, adminOnly: false }),
      ),
    )
    .groupBy(memberships.personId, memberships.role);
  const [grants, userIds] = await Promise.all([grantsQuery, accounts]);
  const userOf = new Map(userIds.map((u) => [u.personId, u.userId]));
  const people = rows.map(({ personId, surname, name, patronymic }) => {
    const mine = grants.filter((g) => g.personId === personId);
    return { personId, surname, name, patronymic, userId: userOf.get(personId) ?? null, roles: orderRoles(mine.map((g) => g.role)), isAdmin: mine.some((g) => g.isAdmin) };
  });
  return { people, total: rows[0]!.total ?? null };
}

/** How many people match: the "People: N" line and the page count. */
export async function countPeople(db: Database, query: PeopleQuery): Promise<number> {
  const where = peopleWhere(query);
  if (!where) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(persons)
    .where(where);
  return row?.n ?? 0;
}
