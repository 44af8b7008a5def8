import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { memberships } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { recordAudit } from '@/lib/audit/record';
import { isUniqueViolation } from './db-errors';

/**
 * Restore (F-3.4): an archived membership active again, one transaction with its audit event.
 * A file of its own beside ./membership-changes.ts (edit and remove): the Archive tab's Restore
 * reaches only this, so the people list's page sends the browser no person-form messages (issue 13).
 */
/** Restore brings an archived membership back exactly as it was (role, position, rights). */
export async function restoreMembership(db: DbExecutor, args: { orgId: number; membershipId: number; actorUserId: number }): Promise<{ personId: number }> {
  return db.transaction(async (tx) => {
    const [archived] = await tx
      .select({ id: memberships.id, personId: memberships.personId, archivedAt: memberships.archivedAt })
      .from(memberships)
      .where(and(eq(memberships.id, args.membershipId), eq(memberships.organizationId, args.orgId), isNotNull(memberships.archivedAt)))
      .for('update');
    if (!archived) throw new ActionError('AdminPeople.not_archived');
    await tx
      .update(memberships)
      // Active anew from now: a restore does not make this organisation the person's home again.
      .set({ archivedAt: null, activeSince: new Date() })
      .where(eq(memberships.id, archived.id))
      .catch((error: unknown) => {
        // The person holds this role here again already (added anew after the removal).
        if (isUniqueViolation(error)) throw new ActionError('AdminPeople.already_active');
        throw error;
      });
    await recordAudit(tx, {
      actorUserId: args.actorUserId,
      organizationId: args.orgId,
      action: 'membership.restore',
      entity: 'membership',
      entityId: archived.id,
      changes: { archivedAt: { from: archived.archivedAt!.toISOString(), to: null } },
    });
    return { personId: archived.personId };
  });
}
