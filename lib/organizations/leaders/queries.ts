import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { type MembershipRole, memberships, organizationLeaders, organizations, persons, users } from '@/db/schema/index';
import type { DbExecutor } from '@/db/index';
import type { UnitPerson } from '../structure/commands';
import { listedPersonColumns } from '../person-columns';

/**
 * The leaders' block of the Page and Structure tabs (F-2.2, the guide's figure 2). Until an admin
 * edits it, it lists the leader roles (leaders and directors, then deputies). The first edit
 * copies that list into organization_leaders and marks the organisation (./leaders.ts); from
 * then on the block is the admins' list in their order, with their titles. A person who leaves
 * the organisation (no active membership) drops out of it.
 */

/** `position`: the title shown under the name; empty: the role's name is shown. */
export type LeaderView = UnitPerson & { role: MembershipRole; position: string };

const LEADER_ROLES: MembershipRole[] = ['leader', 'deputy', 'director'];
/**
 * The roles written into the statement rather than sent as values: PostgreSQL then costs its one
 * generic plan for the statement as it costs a plan for the values, and keeps it. With the roles
 * as values it planned the statement again on every Page tab (0.34 ms of its CPU against 0.06 ms
 * of execution). Constants of this file, never input.
 */
const isLeaderRole = sql`${memberships.role} in (${sql.raw(LEADER_ROLES.map((role) => `'${role}'`).join(', '))})`;
const roleRank = sql`case ${memberships.role} when 'leader' then 0 when 'director' then 0 when 'deputy' then 1 else 2 end`;

/** The leaders by role, as the block shows them before any edit. */
async function leadersByRole(db: DbExecutor, orgId: number): Promise<LeaderView[]> {
  return db
    .select({ ...listedPersonColumns, role: memberships.role, position: memberships.position })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(and(eq(memberships.organizationId, orgId), isNull(memberships.archivedAt), isLeaderRole))
    .orderBy(roleRank, asc(persons.surname), asc(persons.name));
}

async function editedAt(db: DbExecutor, orgId: number): Promise<Date | null | undefined> {
  const [row] = await db.select({ at: organizations.leadersEditedAt }).from(organizations).where(eq(organizations.id, orgId));
  return row?.at;
}

/** The block's leaders in order, each once. `edited`: whether an admin has edited the block, when the caller knows (one read less). */
export async function listLeaders(db: DbExecutor, orgId: number, edited?: boolean): Promise<LeaderView[]> {
  if (!(edited ?? Boolean(await editedAt(db, orgId)))) {
    // A person holding two leader roles is listed once, with the higher one.
    const seen = new Set<number>();
    return (await leadersByRole(db, orgId)).filter((l) => !seen.has(l.personId) && seen.add(l.personId));
  }
  // The person's most senior active membership gives the role shown when no title is given.
  const role = sql<MembershipRole>`(select ${memberships.role} from ${memberships}
    where ${memberships.organizationId} = ${organizationLeaders.organizationId} and ${memberships.personId} = ${organizationLeaders.personId} and ${memberships.archivedAt} is null
    order by ${roleRank}, ${memberships.id} limit 1)`;
  const rows = await db
    .select({ ...listedPersonColumns, role, position: organizationLeaders.title })
    .from(organizationLeaders)
    .innerJoin(persons, eq(persons.id, organizationLeaders.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(eq(organizationLeaders.organizationId, orgId))
    .orderBy(asc(organizationLeaders.sortOrder), asc(organizationLeaders.id));
  return rows.filter((r) => r.role !== null);
}
