import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { organizations } from '@/db/schema';
import { parseId } from '@/lib/ids';
import { withDefaultFunctions } from '@/lib/organizations/functions/defaults';
import { type CurrentUser, type Denial, denial, type OrgAuth, type Permission, type Subject } from './permissions';

/**
 * The one loader of what `can` needs to know about an organisation (null when there is none).
 * Pages use its per-request cached form `getOrgAuth` (lib/auth/current-user.ts); the action
 * runner and route handlers call it once per request.
 */
export async function loadOrgAuth(db: DbExecutor, orgId: number): Promise<OrgAuth | null> {
  // An id no organisation can have (past the integer column) names none: refused, never a 500.
  if (parseId(String(orgId)) === null) return null;
  const [row] = await db.select(orgAuthColumns).from(organizations).where(eq(organizations.id, orgId));
  return row ? toOrgAuth(row) : null;
}

/** The columns of `organizations` an OrgAuth is made of, for a query that reads more in the same round trip. */
export const orgAuthColumns = {
  id: organizations.id,
  kind: organizations.kind,
  parentId: organizations.parentId,
  functions: organizations.functions,
  applicationsEmail: organizations.applicationsEmail,
  applicationsEmailConfirmedAt: organizations.applicationsEmailConfirmedAt,
};

/** An organisation's row as the OrgAuth columns read it (also as JSON, where the time is a string). */
export type OrgAuthRow = Pick<OrgAuth, 'id' | 'kind' | 'parentId'> & {
  functions: Parameters<typeof withDefaultFunctions>[0];
  applicationsEmail: string | null;
  applicationsEmailConfirmedAt: Date | string | null;
};

export function toOrgAuth(row: OrgAuthRow): OrgAuth {
  return {
    id: row.id,
    kind: row.kind,
    parentId: row.parentId,
    functions: withDefaultFunctions(row.functions),
    applicationsEmailConfirmed: row.applicationsEmail !== null && row.applicationsEmailConfirmedAt !== null,
  };
}

export type Authorization = { ok: true; org: OrgAuth } | { ok: false; denial: Denial };

/**
 * The organisation loaded once and `action` decided on it: what the action runner and the route
 * handlers do before any work. An unknown organisation is refused like one without rights.
 */
export async function authorize(
  loadOrg: (orgId: number) => Promise<OrgAuth | null>,
  user: CurrentUser | null,
  action: Permission,
  orgId: number | null,
  subject?: Subject,
): Promise<Authorization> {
  const org = orgId === null ? null : await loadOrg(orgId);
  if (!org) return { ok: false, denial: 'forbidden' };
  const refused = denial(user, action, org, subject);
  return refused === null ? { ok: true, org } : { ok: false, denial: refused };
}
