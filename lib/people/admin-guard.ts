import 'server-only';
import type { DbExecutor } from '@/db';
import { and, eq, isNull } from 'drizzle-orm';
import { ActionError } from '@/lib/action-core';
import { memberships } from '@/db/schema';

/**
 * The last admin guard: an organisation always keeps at least one admin, so nobody locks the
 * organisation out of its own administration by removing the right or the person.
 */
export type AdminGrant = { membershipId: number; personId: number };

/** Whether no admin is left once these memberships lose the right (or the person leaves). */
export function leavesNoAdmin(admins: readonly AdminGrant[], losing: { membershipIds?: readonly number[]; personId?: number }): boolean {
  if (admins.length === 0) return false;
  return admins.every((a) => losing.personId === a.personId || (losing.membershipIds ?? []).includes(a.membershipId));
}

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
