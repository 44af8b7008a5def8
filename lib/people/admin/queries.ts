import 'server-only';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/index';
import { auditHistory } from '@/lib/audit/history';
import { auditEvents, memberships, persons, users, type MembershipRole } from '@/db/schema/index';
import { DEFAULT_PAGE_SIZE, limitInStatement, pageWindow, totalOfAllRows, withTotal } from '@/lib/pagination';
import { openInvitationOf } from '../invitations/issue';
import { nameMatches } from '../name-search';
import { listedPersonColumns } from '@/lib/organizations/person-columns';

/** Reads of Administration → People. Every query is filtered by the organisation. */

export type PeopleListFilter = { orgId: number; search: string; role: MembershipRole | null; page: number };

/** Active members, one row per person with all their roles here; registered users marked. */
export async function listActivePeople(db: Database, filter: PeopleListFilter) {
  const active = and(eq(memberships.organizationId, filter.orgId), isNull(memberships.archivedAt));
  const roleFilter = filter.role
    ? sql`exists (select 1 from ${memberships} r where r.person_id = ${persons.id} and r.organization_id = ${filter.orgId} and r.archived_at is null and r.role = ${filter.role})`
    : undefined;
  const where = and(active, nameMatches(filter.search), roleFilter);
  const { limit, offset } = pageWindow(filter.page);
  // The page and its total in one statement (count(*) over () counts the people, the groups, before
  // LIMIT): it was a transaction of two, four round trips on every visit of the tab (issue 13).
  const rows = await db
    .select({
      ...listedPersonColumns,
      roles: sql<MembershipRole[]>`array_agg(distinct ${memberships.role})`,
      isAdmin: sql<boolean>`bool_or(${memberships.isAdmin})`,
      isModerator: sql<boolean>`bool_or(${memberships.isModerator})`,
      isEditor: sql<boolean>`bool_or(${memberships.isEditor})`,
      total: totalOfAllRows(),
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(where)
    .groupBy(persons.id, users.id)
    .orderBy(asc(persons.surname), asc(persons.name), asc(persons.id))
    .limit(limitInStatement(limit))
    .offset(offset);
  const page = await withTotal(rows, offset, async () => {
    const [count] = await db
      .select({ total: sql<number>`count(distinct ${memberships.personId})::int` })
      .from(memberships)
      .innerJoin(persons, eq(persons.id, memberships.personId))
      .where(where);
    return count?.total ?? 0;
  });
  return { rows: page.items, total: page.total, pageSize: DEFAULT_PAGE_SIZE };
}

export type ArchivedMembership = {
  membershipId: number;
  personId: number;
  surname: string;
  name: string;
  patronymic: string | null;
  userId: number | null;
  role: MembershipRole;
  archivedAt: Date;
};

/**
 * The Archive tab: memberships removed from the organisation, the latest per person and role,
 * leaving out roles the person holds here again.
 */
export async function listArchivedMemberships(db: Database, filter: { orgId: number; search: string; page: number }) {
  const { limit, offset } = pageWindow(filter.page);
  const search = nameMatches(filter.search) ?? sql`true`;
  const latest = sql`
    select distinct on (m.person_id, m.role) m.id, m.person_id, m.role, m.archived_at
    from ${memberships} m
    join ${persons} on ${persons.id} = m.person_id
    where m.organization_id = ${filter.orgId} and m.archived_at is not null and ${search}
      and not exists (select 1 from ${memberships} a where a.person_id = m.person_id and a.organization_id = m.organization_id
                      and a.role = m.role and a.archived_at is null)
    order by m.person_id, m.role, m.archived_at desc`;
  // The page and its total in one statement, as the active list (listActivePeople).
  const rows = await db.execute<Record<string, unknown>>(sql`
    select l.id, l.person_id, l.role, l.archived_at, p.surname, p.name, p.patronymic, u.id as user_id, count(*) over () as total
    from (${latest}) l join ${persons} p on p.id = l.person_id left join ${users} u on u.person_id = p.id
    order by l.archived_at desc, l.id desc limit ${limitInStatement(limit)} offset ${offset}`);
  const page = await withTotal(
    rows.map((r) => ({ total: Number(r.total), row: r })),
    offset,
    async () => (await db.execute<{ total: number }>(sql`select count(*)::int as total from (${latest}) l`))[0]?.total ?? 0,
  );
  const list: ArchivedMembership[] = page.items.map(({ row: r }) => ({
    membershipId: Number(r.id),
    personId: Number(r.person_id),
    surname: String(r.surname),
    name: String(r.name),
    patronymic: (r.patronymic as string | null) ?? null,
    userId: r.user_id === null ? null : Number(r.user_id),
    role: r.role as MembershipRole,
    archivedAt: new Date(r.archived_at as string),
  }));
  return { rows: list, total: page.total, pageSize: DEFAULT_PAGE_SIZE };
}

/** The person's page in this organisation; null when the person never belonged here. */
export async function getPersonInOrg(db: Database, args: { orgId: number; personId: number }) {
  const [person] = await db
    .select({
      personId: persons.id,
      surname: persons.surname,
      name: persons.name,
      patronymic: persons.patronymic,
      birthDate: persons.birthDate,
      sex: persons.sex,
      iin: persons.iin,
      email: persons.email,
      phone: persons.phone,
      userId: users.id,
      userLogin: users.login,
    })
    .from(persons)
    .leftJoin(users, eq(users.personId, persons.id))
    .where(eq(persons.id, args.personId));
  if (!person) return null;
  const rows = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.personId, args.personId), eq(memberships.organizationId, args.orgId)))
    .orderBy(sql`${memberships.archivedAt} is not null`, desc(memberships.archivedAt), asc(memberships.id));
  if (rows.length === 0) return null;
  const invitation = person.userId === null ? await openInvitationOf(db, person.personId) : null;
  return { ...person, active: rows.filter((m) => m.archivedAt === null), archived: rows.filter((m) => m.archivedAt !== null), invitation };
}

export type PersonInOrg = NonNullable<Awaited<ReturnType<typeof getPersonInOrg>>>;

/** Audit events about the person and their memberships here, newest first, with who did it. */
export async function getPersonHistory(db: Database, args: { orgId: number; personId: number; page: number }) {
  const membershipIds = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.personId, args.personId), eq(memberships.organizationId, args.orgId)));
  const about = or(
    and(eq(auditEvents.entity, 'person'), eq(auditEvents.entityId, String(args.personId))),
    membershipIds.length > 0
      ? and(eq(auditEvents.entity, 'membership'), inArray(auditEvents.entityId, membershipIds.map((m) => String(m.id))))
      : undefined,
  );
  return auditHistory(db, and(eq(auditEvents.organizationId, args.orgId), about), args.page);
}
