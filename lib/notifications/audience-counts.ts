import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { membershipRole, memberships } from '@/db/schema';
import { type AudienceMasks, membershipMask } from './audience';
import { scopeOrganizationIds } from './network';

const SCOPES = ['own', 'sub', 'inst'] as const;

/**
 * A membership's mask as one SQL expression: per scope of its organisation, a CASE over its role,
 * OR the scope's admin leaves when it has the admin right — the numbers from membershipMask, so
 * the meaning of each leaf lives in one place.
 */
function maskExpression() {
  const perScope = SCOPES.map((scope) => {
    const byRole = membershipRole.enumValues.map((role) => sql`when ${role} then ${sql.raw(String(membershipMask(scope, role, false)))}`);
    // The admin leaves do not depend on the role: any role's difference gives them.
    const admin = membershipMask(scope, 'student', true) & ~membershipMask(scope, 'student', false);
    return sql`when ${scope} then (case ${memberships.role} ${sql.join(byRole, sql` `)} else 0 end) | (case when ${memberships.isAdmin} then ${sql.raw(String(admin))} else 0 end)`;
  });
  return sql`case org.scope ${sql.join(perScope, sql` `)} else 0 end`;
}

/**
 * Who the wizard's tree reaches, before publishing. One pass over the network's active
 * memberships ORs each person's masks; grouping people by mask leaves a handful of rows. From
 * those the page knows every leaf's count and the exact reach of any choice (a person in
 * several leaves counted once) without asking the database again.
 */
export async function audienceMasks(db: Database, authorityId: number): Promise<AudienceMasks> {
  const scopedOrganizations = sql.join(
    SCOPES.map((scope) => sql`select id, ${scope} as scope from (${scopeOrganizationIds(authorityId, scope)}) as ids(id)`),
    sql` union all `,
  );
  return db.transaction(async (tx) => {
    // A city's 300,000 people are grouped in memory rather than on disk.
    await tx.execute(sql`set local work_mem = '64MB'`);
    const rows = await tx.execute<{ mask: number; people: number }>(sql`
      select mask, count(*)::int as people
      from (
        select ${memberships.personId}, bit_or(${maskExpression()}) as mask
        from ${memberships}
        join (${scopedOrganizations}) as org on org.id = ${memberships.organizationId}
        where ${memberships.archivedAt} is null
        group by ${memberships.personId}
      ) per_person
      where mask <> 0
      group by mask`);
    return rows.map((r) => ({ mask: Number(r.mask), people: Number(r.people) }));
  });
}
