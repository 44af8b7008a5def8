import type { DbExecutor } from '@/db/index';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema/index';
import { recordAudit } from '@/lib/audit/record';

/**
 * Closes (archives) or reopens an organisation of the register — the register's Close and a
 * OneRoster delta's tobedeleted org — and records it on the authority's log with the
 * organisation as its entity. Never deletes: closed, it leaves the subordinate set, reports and
 * audiences while its history stays readable. No change (0) when it is so already.
 */
export async function setClosed(
  tx: DbExecutor,
  args: { authorityId: number; organization: { id: number; closedAt: Date | null }; close: boolean; actorUserId: number | null },
): Promise<number> {
  const closedAt = args.close ? new Date() : null;
  if ((args.organization.closedAt === null) === (closedAt === null)) return 0;
  await tx.update(organizations).set({ closedAt }).where(eq(organizations.id, args.organization.id));
  await recordAudit(tx, {
    actorUserId: args.actorUserId,
    organizationId: args.authorityId,
    action: `organization.register.${args.close ? 'close' : 'reopen'}`,
    entity: 'organization',
    entityId: args.organization.id,
    changes: { closedAt: { from: args.organization.closedAt, to: closedAt } },
  });
  return 1;
}
