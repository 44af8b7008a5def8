import { eq } from 'drizzle-orm';
import type { Database, DbExecutor } from '@/db/index';
import { importBatches } from '@/db/schema/index';
import type { CurrentUser } from '@/lib/auth/permissions';
import { claimBatch, type PreviewResult, storeBatch } from '@/lib/people/import/batch';
import { readSpreadsheet } from '@/lib/people/import/read-file';
import { mapColumns } from '@/lib/people/import/validate-rows';
import { applyRows, type RegisterImportRow } from './apply';
import { valuesOf } from './cells';
import { locateHeader, registerColumnForHeader, REQUIRED_REGISTER_COLUMNS } from './columns';

/**
 * The register import's two steps, as the people import's: the preview reads and checks the file
 * and keeps its rows in import_batches (kind 'register'); Confirm writes every valid row in one
 * transaction. Both run the same work (./apply.ts); the preview rolls it back.
 */

/** Ends the preview's transaction: everything it wrote is undone. */
class PreviewRolledBack extends Error {}

export async function previewRegisterImport(db: Database, args: { authorityId: number; user: CurrentUser; fileName: string; bytes: Uint8Array }): Promise<PreviewResult> {
  const sheet = await readSpreadsheet(args.bytes);
  if (!sheet.ok) return { ok: false, problem: sheet.problem };
  const located = locateHeader([{ line: 0, cells: sheet.header.map((text) => ({ text, wasNumber: false })) }, ...sheet.rows]);
  if (!located.ok) return { ok: false, problem: located.problem };
  const map = mapColumns(located.header, registerColumnForHeader, REQUIRED_REGISTER_COLUMNS);
  if (!map.ok) return { ok: false, problem: map.problem };
  const read = located.data.map((r) => ({ line: r.line, values: valuesOf(r.cells, map.columns) }));
  let rows: RegisterImportRow[] = [];
  try {
    await db.transaction(async (tx) => {
      rows = await applyRows(tx, { authorityId: args.authorityId, user: args.user, rows: read });
      // Our own error, not drizzle's tx.rollback(): in the app's bundle its TransactionRollbackError is another class than the one imported here.
      throw new PreviewRolledBack();
    });
  } catch (error) {
    if (!(error instanceof PreviewRolledBack)) throw error;
  }
  return storeBatch(db, { orgId: args.authorityId, userId: args.user.id, fileName: args.fileName, kind: 'register', rows });
}

export type RegisterCommitResult = { created: number; updated: number; unchanged: number; failed: number; changedIds: number[] };

/** Confirm: the batch's rows again, for real, in one transaction; the outcome of each is saved back for the preview page. */
export async function commitRegisterImport(db: DbExecutor, args: { authorityId: number; batchId: string; user: CurrentUser }): Promise<RegisterCommitResult> {
  return db.transaction(async (tx) => {
    const stored = await claimBatch<RegisterImportRow>(tx, { orgId: args.authorityId, batchId: args.batchId, kind: 'register' });
    const rows = await applyRows(tx, { authorityId: args.authorityId, user: args.user, rows: stored.map((r) => ({ line: r.line, values: r.values })) });
    await tx.update(importBatches).set({ rows }).where(eq(importBatches.id, args.batchId));
    const count = (outcome: RegisterImportRow['outcome']) => rows.filter((r) => r.outcome === outcome).length;
    return {
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      failed: rows.filter((r) => r.errors).length,
      changedIds: rows.flatMap((r) => (r.outcome === 'create' || r.outcome === 'update' ? [r.institutionId!] : [])),
    };
  });
}
