import { sql, type SQL } from 'drizzle-orm';
import { memberships, organizations } from '@/db/schema';
import { AUDIENCE_LEAVES, type AudienceLeaf, type AudienceScope } from './audience';

/**
 * The audience as SQL over memberships: which organisations each scope covers and which
 * memberships each leaf picks. Archived memberships never receive anything.
 */

/**
 * The authority's subordinate institutions, as a subquery of organisation ids.
 * TODO(issue 5): until the "effective subordinate institutions" query (types chosen minus
 * excluded plus added, F-4.7/F-4.8) lands in lib/organizations, these are the institutions whose
 * parent is the authority. This is the only place to swap it.
 */
export function subordinateInstitutionIds(authorityId: number): SQL {
  return sql`select ${organizations.id} from ${organizations} where ${organizations.parentId} = ${authorityId} and ${organizations.kind} = 'institution'`;
}

/** The authority's subordinate organisations: the lower authorities directly under it. */
export function subordinateOrganizationIds(authorityId: number): SQL {
  return sql`select ${organizations.id} from ${organizations} where ${organizations.parentId} = ${authorityId} and ${organizations.kind} = 'authority'`;
}

/** Memberships in the organisations of a scope. */
export function scopeCondition(authorityId: number, scope: AudienceScope): SQL {
  const org = memberships.organizationId;
  switch (scope) {
    case 'own':
      return sql`${org} = ${authorityId}`;
    case 'sub':
      return sql`${org} in (${subordinateOrganizationIds(authorityId)})`;
    case 'inst':
      return sql`${org} in (${subordinateInstitutionIds(authorityId)})`;
    case 'network':
      return sql`(${scopeCondition(authorityId, 'own')} or ${scopeCondition(authorityId, 'sub')} or ${scopeCondition(authorityId, 'inst')})`;
  }
}

function rolesCondition(l: AudienceLeaf): SQL {
  const roles = AUDIENCE_LEAVES[l].roles;
  if (roles === 'admin') return sql`${memberships.isAdmin}`;
  return sql`${memberships.role} in (${sql.join(
    roles.map((r) => sql`${r}`),
    sql`, `,
  )})`;
}

/** The memberships one leaf picks (active or not: callers add `archived_at is null`). */
export function leafCondition(authorityId: number, l: AudienceLeaf): SQL {
  return sql`(${scopeCondition(authorityId, AUDIENCE_LEAVES[l].scope)} and ${rolesCondition(l)})`;
}

/** Active memberships picked by any of the leaves; false for none. */
export function audienceCondition(authorityId: number, leaves: readonly AudienceLeaf[]): SQL {
  if (leaves.length === 0) return sql`false`;
  return sql`${memberships.archivedAt} is null and (${sql.join(
    leaves.map((l) => leafCondition(authorityId, l)),
    sql` or `,
  )})`;
}

/** Active memberships anywhere in the authority's network: where recipients' roles are shown from. */
export function networkMembershipCondition(authorityId: number): SQL {
  return sql`${memberships.archivedAt} is null and ${scopeCondition(authorityId, 'network')}`;
}
