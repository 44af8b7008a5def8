import type { Database } from '@/db';
import { auditEvents } from '@/db/schema';

/** The database or a transaction of it: audit events are written inside the write they record. */
export type DbTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DbExecutor = Database | DbTransaction;

export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

export type AuditEvent = {
  /** null: a command run at installation (`npm run db:jurisdiction`), not a user. */
  actorUserId: number | null;
  organizationId: number;
  /** '<entity>.<verb>', e.g. 'news.create'. */
  action: string;
  entity: string;
  entityId?: number | string | null;
  changes?: AuditChanges;
};

export async function recordAudit(tx: DbExecutor, event: AuditEvent): Promise<void> {
  await tx.insert(auditEvents).values({
    ...event,
    entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    changes: event.changes ?? {},
  });
}

/** Only the fields whose value changed, as { field: { from, to } }. */
export function changesBetween<T extends Record<string, unknown>>(before: T, after: Partial<T>): AuditChanges {
  const changes: AuditChanges = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** A created entity: every field from null. */
export function created(values: Record<string, unknown>): AuditChanges {
  return Object.fromEntries(Object.entries(values).map(([field, to]) => [field, { from: null, to }]));
}

/** A deleted entity: every field to null. */
export function deleted(values: Record<string, unknown>): AuditChanges {
  return Object.fromEntries(Object.entries(values).map(([field, from]) => [field, { from, to: null }]));
}
