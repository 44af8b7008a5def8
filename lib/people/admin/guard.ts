import 'server-only';
import type { DbExecutor } from '@/db/index';
import { and, eq, isNull } from 'drizzle-orm';
import { ActionError } from '@/lib/action-core';
import { memberships } from '@/db/schema/index';
import { type AdminGrant, leavesNoAdmin } from './rule';

/** The last admin guard (lib/people/admin/rule.ts) on the database: the admins locked, the refusal beside the field. */

/**
 * The organisation's active admin memberships, locked until the transaction ends: two admins
 * removing each other at the same moment are serialised, and the second sees the first's change.
 */
export async function lockedAdmins(tx: DbExecutor, orgId: number): Promise<AdminGrant[]> {
  return tx
    .select({ membershipId: memberships.id, personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, orgId), eq(memberships.isAdmin, true), isNull(memberships.archivedAt)))
    .for('update');
}

/** Throws the clear message (beside `field`) when the change would leave no admin. */
export async function assertAdminRemains(
  tx: DbExecutor,
  orgId: number,
  losing: { membershipIds?: readonly number[]; personId?: number },
  field: string,
): Promise<void> {
  if (leavesNoAdmin(await lockedAdmins(tx, orgId), losing)) throw new ActionError('AdminPeople.last_admin', { [field]: ['AdminPeople.last_admin'] });
}
