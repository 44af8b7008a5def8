import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database, DbTransaction } from '@/db';
import { importBatches } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import type { MembershipRole } from '@/db/schema';
import { readSpreadsheet, type ReadProblem } from './read-file';
import { checkRows, type ImportRow, mapHeader, markKnownIins, rowsFromCells } from './validate-rows';

/**
 * Step 1 of an import: read, check every row, keep the result in import_batches. Nothing is
 * written to people until the admin confirms (commit.ts).
 */
export type PreviewResult =
  | { ok: true; batchId: string; total: number; valid: number; invalid: number }
  | { ok: false; problem: ReadProblem & { columns?: string[] } };

export async function previewImport(
  db: Database,
  args: { orgId: number; userId: number; fileName: string; bytes: Uint8Array; roles: readonly MembershipRole[]; today: string },
): Promise<PreviewResult> {
  const sheet = await readSpreadsheet(args.bytes);
  if (!sheet.ok) return { ok: false, problem: sheet.problem };
  const map = mapHeader(sheet.header);
  if (!map.ok) return { ok: false, problem: map.problem };
  const rows = checkRows(rowsFromCells(sheet.rows, map.columns), { roles: args.roles, today: args.today });
  await markKnownIins(db, rows);
  return storeBatch(db, { ...args, kind: 'people', rows });
}

/** Keeps a checked file's rows until Confirm; a row with `errors` set is not written. */
export async function storeBatch(
  db: Database,
  args: { orgId: number; userId: number; fileName: string; kind: BatchKind; rows: Array<{ errors: unknown }> },
): Promise<{ ok: true; batchId: string; total: number; valid: number; invalid: number }> {
  const [batch] = await db
    .insert(importBatches)
    .values({ organizationId: args.orgId, createdByUserId: args.userId, fileName: args.fileName.slice(0, 200), kind: args.kind, rows: args.rows })
    .returning({ id: importBatches.id });
  const invalid = args.rows.filter((r) => r.errors).length;
  return { ok: true, batchId: batch!.id, total: args.rows.length, valid: args.rows.length - invalid, invalid };
}

/** Which import a batch belongs to: a people batch never opens in the register's preview, nor the reverse. */
export type BatchKind = 'people' | 'register';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type BatchSummary = { id: string; fileName: string; createdAt: Date; committedAt: Date | null; total: number; invalid: number };

/** A batch of the organisation with its counts (no rows), or null. */
export async function batchSummary(db: Database, args: { orgId: number; batchId: string; kind?: BatchKind }): Promise<BatchSummary | null> {
  if (!UUID.test(args.batchId)) return null;
  const [row] = await db
    .select({
      id: importBatches.id,
      fileName: importBatches.fileName,
      createdAt: importBatches.createdAt,
      committedAt: importBatches.committedAt,
      total: sql<number>`jsonb_array_length(${importBatches.rows})`,
      invalid: sql<number>`(select count(*)::int from jsonb_array_elements(${importBatches.rows}) r where r->'errors' <> 'null'::jsonb)`,
    })
    .from(importBatches)
    .where(and(eq(importBatches.id, args.batchId), eq(importBatches.organizationId, args.orgId), eq(importBatches.kind, args.kind ?? 'people')));
  return row ?? null;
}

/** One page of a batch's rows, all or only those with errors, read inside PostgreSQL. */
export async function batchRows<Row = ImportRow>(
  db: Database,
  args: { orgId: number; batchId: string; onlyErrors: boolean; limit: number; offset: number; kind?: BatchKind },
): Promise<Row[]> {
  if (!UUID.test(args.batchId)) return [];
  const filter = args.onlyErrors ? sql`and r.value->'errors' <> 'null'::jsonb` : sql``;
  const rows = await db.execute<{ value: Row }>(sql`
    select r.value from ${importBatches} b, jsonb_array_elements(b.rows) with ordinality r(value, n)
    where b.id = ${args.batchId} and b.organization_id = ${args.orgId} and b.kind = ${args.kind ?? 'people'} ${filter}
    order by r.n limit ${args.limit} offset ${args.offset}`);
  return rows.map((r) => r.value);
}

/** Takes an unconfirmed batch for commit: a second Confirm finds it taken and writes nothing. */
export async function claimBatch<Row = ImportRow>(tx: DbTransaction, args: { orgId: number; batchId: string; kind?: BatchKind }) {
  if (!UUID.test(args.batchId)) throw new ActionError('PersonImport.batch_gone');
  const [batch] = await tx
    .update(importBatches)
    .set({ committedAt: new Date() })
    .where(
      and(eq(importBatches.id, args.batchId), eq(importBatches.organizationId, args.orgId), eq(importBatches.kind, args.kind ?? 'people'), isNull(importBatches.committedAt)),
    )
    .returning({ rows: importBatches.rows });
  if (!batch) throw new ActionError('PersonImport.batch_gone');
  return batch.rows as Row[];
}
