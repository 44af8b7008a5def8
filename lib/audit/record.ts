import type { DbExecutor } from '@/db';
import { auditEvents } from '@/db/schema';

export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

export type AuditEvent = {
  /** null: a command run at installation (`npm run db:jurisdiction`), not a user. */
  actorUserId: number | null;
  /** null: an event about a person outside any organisation. */
  organizationId: number | null;
  /** '<entity>.<verb>', e.g. 'news.create'. */
  action: string;
  entity: string;
  entityId?: number | string | null;
  changes?: AuditChanges;
};

/** Writes one event or a batch in the caller's transaction, so the events and the change commit together. */
export async function recordAudit(tx: Pick<DbExecutor, 'insert'>, events: AuditEvent | AuditEvent[]): Promise<void> {
  const rows = (Array.isArray(events) ? events : [events]).map((event) => ({
    ...event,
    entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    changes: event.changes ?? {},
  }));
  if (rows.length > 0) await tx.insert(auditEvents).values(rows);
}

/** Null and undefined are the same "no value"; arrays, objects and dates compare by content. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Only the fields whose value changed, as { field: { from, to } }. A field left undefined in `after`
 * was not touched by the write (as in a Drizzle update) and is no change.
 */
export function changesBetween<T extends Record<string, unknown>>(before: T, after: Partial<T>): AuditChanges {
  const changes: AuditChanges = {};
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[field] ?? null;
    if (!same(from, to)) changes[field] = { from, to: to ?? null };
  }
  return changes;
}

/** A created entity: every field that has a value, from null (an empty field changed nothing). */
export function created(values: Record<string, unknown>): AuditChanges {
  return Object.fromEntries(Object.entries(values).filter(([, to]) => !isEmpty(to)).map(([field, to]) => [field, { from: null, to }]));
}

/** A deleted entity: every field that had a value, to null. */
export function deleted(values: Record<string, unknown>): AuditChanges {
  return Object.fromEntries(Object.entries(values).filter(([, from]) => !isEmpty(from)).map(([field, from]) => [field, { from, to: null }]));
}
