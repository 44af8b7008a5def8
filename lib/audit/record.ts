import type { Database } from '@/db';
import { auditEvents } from '@/db/schema';

/** The database or an open transaction: an audit event is written in the transaction of its change. */
export type DbExecutor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export type AuditEvent = {
  actorUserId: number;
  organizationId: number;
  /** What happened, e.g. 'forum.topic.close'. */
  action: string;
  entity: string;
  entityId?: number | string | null;
  changes?: Record<string, { from: unknown; to: unknown }>;
};

export async function recordAuditEvent(db: DbExecutor, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: event.actorUserId,
    organizationId: event.organizationId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    changes: event.changes ?? {},
  });
}
