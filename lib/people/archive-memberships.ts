import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';
import { recordAudit } from '@/lib/audit/record';
import { arrayLiteral } from '@/db/bulk-insert';

/**
 * Archives active memberships — People's "Remove from organisation" and a OneRoster delta's
 * tobedeleted user or role — and records each as membership.archive in its organisation's log.
 * One already archived stays as it was, so doing it twice changes nothing. Nothing is deleted.
 * Returns the ids archived.
 */
export async function archiveMemberships(
  tx: DbExecutor,
  rows: ReadonlyArray<{ id: number; at: Date }>,
  actorUserId: number | null,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const archived = await tx.execute<{ id: number; organization_id: number; archived_at: string }>(sql`
    update memberships m set archived_at = r.at
    from unnest(${arrayLiteral(rows.map((r) => r.id))}::int[], ${arrayLiteral(rows.map((r) => r.at.toISOString()))}::timestamptz[]) as r(id, at)
    where m.id = r.id and m.archived_at is null
    returning m.id, m.organization_id, m.archived_at`);
  await recordAudit(
    tx,
    archived.map((m) => ({
      actorUserId,
      organizationId: m.organization_id,
      action: 'membership.archive',
      entity: 'membership',
      entityId: m.id,
      changes: { archivedAt: { from: null, to: new Date(m.archived_at).toISOString() } },
    })),
  );
  return archived.map((m) => m.id);
}
