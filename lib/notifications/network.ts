import { sql, type SQL } from 'drizzle-orm';
import { memberships, type MembershipRole, organizations } from '@/db/schema';
import { effectiveSubordinateIds } from '@/lib/organizations/subordinates/sets';
import { AUDIENCE_LEAVES, type AudienceLeaf, type AudienceScope } from './audience';

/**
 * The audience as SQL over memberships: which organisations each scope covers and which
 * memberships each leaf picks. Archived memberships never receive anything.
 */

/**
 * The authority's subordinate institutions, as a subquery of organisation ids: the effective set
 * of F-4.7/F-4.8 (types chosen, minus excluded, plus added) from lib/organizations.
 */
const subordinateInstitutions = (authorityId: number): SQL => sql`select eff.id from ${effectiveSubordinateIds(authorityId)} as eff`;

/** The authority's subordinate organisations: the lower authorities directly under it. */
export function subordinateOrganizationIds(authorityId: number): SQL {
  return sql`select ${organizations.id} from ${organizations} where ${organizations.parentId} = ${authorityId} and ${organizations.kind} = 'authority'`;
}

/** The organisation ids of a scope, as a subquery. */
export function scopeOrganizationIds(authorityId: number, scope: AudienceScope): SQL {
  switch (scope) {
    case 'own':
      return sql`select ${authorityId}::int`;
    case 'sub':
      return subordinateOrganizationIds(authorityId);
    case 'inst':
      return subordinateInstitutions(authorityId);
    case 'network':
      return sql`select ${authorityId}::int union all ${subordinateOrganizationIds(authorityId)} union all ${subordinateInstitutions(authorityId)}`;
  }
}

/** Memberships in the organisations of a scope. */
export function scopeCondition(authorityId: number, scope: AudienceScope): SQL {
  return scope === 'own' ? sql`${memberships.organizationId} = ${authorityId}` : sql`${memberships.organizationId} in (${scopeOrganizationIds(authorityId, scope)})`;
}

const roleList = (roles: readonly MembershipRole[]) =>
  sql.join(
    roles.map((r) => sql`${r}`),
    sql`, `,
  );

/** What a set of leaves asks of each scope: roles, and whether the scope's admins are in. */
function byScope(leaves: readonly AudienceLeaf[]): Map<AudienceScope, { roles: Set<MembershipRole>; admins: boolean }> {
  const scopes = new Map<AudienceScope, { roles: Set<MembershipRole>; admins: boolean }>();
  for (const l of leaves) {
    const { scope, roles } = AUDIENCE_LEAVES[l];
    const entry = scopes.get(scope) ?? { roles: new Set<MembershipRole>(), admins: false };
    if (roles === 'admin') entry.admins = true;
    else for (const r of roles) entry.roles.add(r);
    scopes.set(scope, entry);
  }
  return scopes;
}

function scopeRolesCondition(authorityId: number, scope: AudienceScope, want: { roles: Set<MembershipRole>; admins: boolean }): SQL {
  const parts: SQL[] = [];
  if (want.roles.size > 0) parts.push(sql`${memberships.role} in (${roleList([...want.roles])})`);
  if (want.admins) parts.push(sql`${memberships.isAdmin}`);
  return sql`(${scopeCondition(authorityId, scope)} and (${sql.join(parts, sql` or `)}))`;
}

/**
 * Active memberships picked by any of the leaves; false for none. Leaves of one scope are merged
 * into one test (students and parents: one role list over one set of institutions), which lets
 * PostgreSQL read the memberships once in person order.
 */
export function audienceCondition(authorityId: number, leaves: readonly AudienceLeaf[]): SQL {
  if (leaves.length === 0) return sql`false`;
  const tests = [...byScope(leaves)].map(([scope, want]) => scopeRolesCondition(authorityId, scope, want));
  return sql`${memberships.archivedAt} is null and (${sql.join(tests, sql` or `)})`;
}

/** The organisations of the scopes a set of leaves touches, each once (notification_organizations). */
export function audienceOrganizationIds(authorityId: number, leaves: readonly AudienceLeaf[]): SQL {
  const scopes = [...byScope(leaves).keys()].map((scope) => scopeOrganizationIds(authorityId, scope));
  return sql`select distinct id from (${sql.join(scopes, sql` union all `)}) as reached(id)`;
}

/** Active memberships anywhere in the authority's network: where recipients' roles are shown from. */
export function networkMembershipCondition(authorityId: number): SQL {
  return sql`${memberships.archivedAt} is null and ${scopeCondition(authorityId, 'network')}`;
}
