import type { Database } from '@/db';
import { auditEvents } from '@/db/schema';

type Executor = Pick<Database, 'insert'>;

export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

export type AuditEventInput = {
  actorUserId: number | null;
  organizationId: number | null;
  action: string;
  entity: 'person' | 'membership';
  entityId: number;
  changes: AuditChanges;
};

/** Writes audit events in the caller's transaction, so the event and the change commit together. */
export async function recordAudit(tx: Executor, events: AuditEventInput | AuditEventInput[]): Promise<void> {
  const rows = (Array.isArray(events) ? events : [events]).map((e) => ({ ...e, entityId: String(e.entityId) }));
  if (rows.length > 0) await tx.insert(auditEvents).values(rows);
}

/** The fields whose value differs between before and after, as { field: { from, to } }. */
export function changesBetween<T extends Record<string, unknown>>(before: T, after: Partial<T>): AuditChanges {
  const out: AuditChanges = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field] ?? null;
    if (to === undefined || from === (to ?? null)) continue;
    out[field] = { from, to: to ?? null };
  }
  return out;
}

/** A newly created record as changes from nothing. */
export function changesFromNothing(values: Record<string, unknown>): AuditChanges {
  const out: AuditChanges = {};
  for (const [field, to] of Object.entries(values)) if (to !== null && to !== undefined && to !== '') out[field] = { from: null, to };
  return out;
}
