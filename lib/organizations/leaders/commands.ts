import { and, asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/index';
import { organizationLeaders, organizations } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { type AuditChanges, created, deleted, recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import { listLeaders } from './queries';
import { leaderAddSchema, leaderMoveSchema, leaderRemoveSchema } from './schemas';
import { listUnitCandidates } from '../structure/commands';

/** The admins' edits of the leaders' block (F-2.2); what it lists is in ./leaders-queries.ts. */

/** Before the first edit: the role-derived list becomes the admins' list (locked, so two edits serialise). */
async function editableList(tx: DbExecutor, orgId: number): Promise<Array<{ personId: number; title: string; sortOrder: number }>> {
  const [org] = await tx.select({ at: organizations.leadersEditedAt }).from(organizations).where(eq(organizations.id, orgId)).for('update');
  if (!org) throw new ActionError('Leaders.not_found');
  if (!org.at) {
    const current = await listLeaders(tx, orgId);
    if (current.length > 0) {
      await tx.insert(organizationLeaders).values(current.map((l, i) => ({ organizationId: orgId, personId: l.personId, title: l.position, sortOrder: i + 1 })));
    }
    await tx.update(organizations).set({ leadersEditedAt: new Date() }).where(eq(organizations.id, orgId));
  }
  return tx
    .select({ personId: organizationLeaders.personId, title: organizationLeaders.title, sortOrder: organizationLeaders.sortOrder })
    .from(organizationLeaders)
    .where(eq(organizationLeaders.organizationId, orgId))
    .orderBy(asc(organizationLeaders.sortOrder), asc(organizationLeaders.id));
}

type Actor = { orgId: number; actorUserId: number };
const audit = (tx: DbExecutor, args: Actor, action: string, personId: number, changes: AuditChanges) =>
  recordAudit(tx, { actorUserId: args.actorUserId, organizationId: args.orgId, action, entity: 'organization_leader', entityId: personId, changes });

/** Adds a member of the organisation's staff at the end of the block. */
export async function addLeader(db: DbExecutor, args: Actor & { personId: number; title: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const list = await editableList(tx, args.orgId);
    const staff = await listUnitCandidates(tx, { orgId: args.orgId });
    if (!staff.some((p) => p.personId === args.personId)) throw new ActionError('invalid', { personId: ['Leaders.not_staff'] });
    if (list.some((l) => l.personId === args.personId)) throw new ActionError('invalid', { personId: ['Leaders.already_listed'] });
    const sortOrder = Math.max(0, ...list.map((l) => l.sortOrder)) + 1;
    await tx.insert(organizationLeaders).values({ organizationId: args.orgId, personId: args.personId, title: args.title, sortOrder });
    await audit(tx, args, 'leader.add', args.personId, created({ personId: args.personId, title: args.title }));
  });
}

/** Swaps the leader with the one above or below (nothing happens at either end). */
export async function moveLeader(db: DbExecutor, args: Actor & { personId: number; direction: 'up' | 'down' }): Promise<void> {
  await db.transaction(async (tx) => {
    const list = await editableList(tx, args.orgId);
    const at = list.findIndex((l) => l.personId === args.personId);
    if (at < 0) throw new ActionError('Leaders.not_found');
    const other = list[args.direction === 'up' ? at - 1 : at + 1];
    if (!other) return;
    // Positions 1…n first, so equal sort orders (never expected) still swap.
    const order = list.map((l) => l.personId);
    [order[at], order[list.indexOf(other)]] = [other.personId, args.personId];
    for (const [i, personId] of order.entries()) {
      await tx
        .update(organizationLeaders)
        .set({ sortOrder: i + 1 })
        .where(and(eq(organizationLeaders.organizationId, args.orgId), eq(organizationLeaders.personId, personId)));
    }
    await audit(tx, args, 'leader.move', args.personId, { position: { from: at + 1, to: order.indexOf(args.personId) + 1 } });
  });
}

export async function removeLeader(db: DbExecutor, args: Actor & { personId: number }): Promise<void> {
  await db.transaction(async (tx) => {
    await editableList(tx, args.orgId);
    const [removed] = await tx
      .delete(organizationLeaders)
      .where(and(eq(organizationLeaders.organizationId, args.orgId), eq(organizationLeaders.personId, args.personId)))
      .returning({ title: organizationLeaders.title });
    if (!removed) throw new ActionError('Leaders.not_found');
    await audit(tx, args, 'leader.remove', args.personId, deleted({ personId: args.personId, title: removed.title }));
  });
}

/** The public site's Structure page shows them. */
const structureTab = { expires: ['structure' as const] };

/** Admins of the organisation (org.leaders.manage) add, reorder and remove its leaders. */
export const leaderCommands = {
  add: command(leaderAddSchema, 'org.leaders.manage', (db, input, { user }) =>
    addLeader(db, { orgId: input.orgId, actorUserId: user.id, personId: input.personId!, title: input.title }), structureTab),
  move: command(leaderMoveSchema, 'org.leaders.manage', (db, input, { user }) =>
    moveLeader(db, { orgId: input.orgId, actorUserId: user.id, personId: input.personId, direction: input.direction }), structureTab),
  remove: command(leaderRemoveSchema, 'org.leaders.manage', (db, input, { user }) => removeLeader(db, { orgId: input.orgId, actorUserId: user.id, personId: input.personId }), structureTab),
};
