import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { membershipRole, memberships } from '@/db/schema';
import { type AudienceMasks, membershipMask } from './audience';
import { scopeOrganizationIds } from './network';

const SCOPES = ['own', 'sub', 'inst'] as const;

/**
 * Who the wizard's tree reaches, before publishing. Each membership's leaves depend only on its
 * organisation's scope, its role and its admin right: those few dozen combinations get their
 * mask here in code (membershipMask), PostgreSQL joins the network's active memberships to them
 * and ORs the masks per person, and grouping people by mask leaves a handful of rows. From
 * those the page knows every leaf's count and the exact reach of any choice (a person in
 * several leaves counted once) without asking the database again.
 */
export async function audienceMasks(db: Database, authorityId: number): Promise<AudienceMasks> {
  const combinations = SCOPES.flatMap((scope) =>
    membershipRole.enumValues.flatMap((role) => [false, true].map((admin) => ({ scope, role, admin, mask: membershipMask(scope, role, admin) }))),
  ).filter((c) => c.mask !== 0);
  const lookup = sql.join(
    combinations.map((c) => sql`(${c.scope}, ${c.role}::membership_role, ${c.admin}::boolean, ${c.mask}::int)`),
    sql`, `,
  );
  const scopedOrganizations = sql.join(
    SCOPES.map((scope) => sql`select id, ${scope} as scope from (${scopeOrganizationIds(authorityId, scope)}) as ids(id)`),
    sql` union all `,
  );
  const rows = await db.execute<{ mask: number; people: number }>(sql`
    select mask, count(*)::int as people
    from (
      select ${memberships.personId}, bit_or(leaf.mask) as mask
      from ${memberships}
      join (${scopedOrganizations}) as org on org.id = ${memberships.organizationId}
      join (values ${lookup}) as leaf(scope, role, admin, mask)
        on leaf.scope = org.scope and leaf.role = ${memberships.role} and leaf.admin = ${memberships.isAdmin}
      where ${memberships.archivedAt} is null
      group by ${memberships.personId}
    ) per_person
    group by mask`);
  return rows.map((r) => ({ mask: Number(r.mask), people: Number(r.people) }));
}
