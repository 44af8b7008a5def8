import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { onerosterRuns, type OneRosterRun } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { BundleLimits } from './bundle';
import { DEFAULT_LIMITS } from './bundle';
import { importBundle } from './import';

/**
 * Administration → Data exchange runs a bundle in two steps, each in the background so a big
 * bundle does not hold the request: the check (nothing written), then — on Confirm — the import,
 * all or nothing. Both write their progress (rows done of rows, per file) to oneroster_runs,
 * which the page polls: a reload shows where the run is.
 */

/** What the page accepts; bigger bundles go through the command. */
export const PAGE_LIMITS: BundleLimits = { ...DEFAULT_LIMITS, bundleBytes: 200 * 1024 ** 2 };

/** A run whose progress has not moved for this long was cut off (the server stopped). */
export const STALE_MS = 10 * 60 * 1000;

function progressWriter(db: Database, runId: string) {
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  return (step: string, done: number, total: number) => {
    const now = Date.now();
    if (now - last < 500 && done < total) return;
    last = now;
    const progress = { step, done, total, at: new Date(now).toISOString() };
    pending = pending.then(() => db.update(onerosterRuns).set({ progress }).where(eq(onerosterRuns.id, runId))).catch(() => {});
  };
}

async function check(db: Database, run: { id: string; organizationId: number }, bytes: Uint8Array): Promise<void> {
  try {
    const result = await importBundle(db, bytes, { authorityId: run.organizationId, dryRun: true, limits: PAGE_LIMITS, progress: progressWriter(db, run.id) });
    await db
      .update(onerosterRuns)
      .set(
        result.ok
          ? { status: 'checked', rows: result.rows, finishedAt: new Date() }
          : { status: 'invalid', issues: result.issues, issueCount: result.issueCount, bundle: null, finishedAt: new Date() },
      )
      .where(eq(onerosterRuns.id, run.id));
  } catch (error) {
    await db.update(onerosterRuns).set({ status: 'failed', error: String(error), bundle: null, finishedAt: new Date() }).where(eq(onerosterRuns.id, run.id));
  }
}

/** Stores an upload and starts its check; returns the run's id at once. */
export async function startCheck(db: Database, args: { organizationId: number; userId: number; fileName: string; bytes: Uint8Array }): Promise<string> {
  const [run] = await db
    .insert(onerosterRuns)
    .values({ organizationId: args.organizationId, createdByUserId: args.userId, fileName: args.fileName.slice(0, 200), status: 'checking', bundle: Buffer.from(args.bytes) })
    .returning({ id: onerosterRuns.id, organizationId: onerosterRuns.organizationId });
  void check(db, run!, args.bytes);
  return run!.id;
}

/** Starts the import of a checked run (once: a second Confirm finds it no longer "checked"). */
export async function confirmRun(db: Database, args: { organizationId: number; runId: string; userId: number }): Promise<boolean> {
  const [run] = await db
    .update(onerosterRuns)
    .set({ status: 'importing', progress: null, finishedAt: null })
    .where(and(eq(onerosterRuns.id, args.runId), eq(onerosterRuns.organizationId, args.organizationId), eq(onerosterRuns.status, 'checked')))
    .returning({ id: onerosterRuns.id, bundle: onerosterRuns.bundle, fileName: onerosterRuns.fileName });
  if (!run?.bundle) return false;
  void (async () => {
    try {
      const result = await importBundle(db, run.bundle!, { authorityId: args.organizationId, actorUserId: args.userId, limits: PAGE_LIMITS, progress: progressWriter(db, run.id) });
      await db.transaction(async (tx) => {
        await tx
          .update(onerosterRuns)
          .set(
            result.ok
              ? { status: 'done', counts: result.counts, bundle: null, finishedAt: new Date() }
              : { status: 'invalid', issues: result.issues, issueCount: result.issueCount, bundle: null, finishedAt: new Date() },
          )
          .where(eq(onerosterRuns.id, run.id));
        if (result.ok) {
          await recordAudit(tx, { actorUserId: args.userId, organizationId: args.organizationId, action: 'oneroster.import', entity: 'oneroster_run', entityId: run.id, changes: { file: { from: null, to: run.fileName } } });
        }
      });
    } catch (error) {
      await db.update(onerosterRuns).set({ status: 'failed', error: String(error), bundle: null, finishedAt: new Date() }).where(eq(onerosterRuns.id, run.id));
    }
  })();
  return true;
}

export type RunView = Omit<OneRosterRun, 'bundle' | 'createdAt' | 'finishedAt'> & { createdAt: string; finishedAt: string | null; stale: boolean };

/** A run of the organisation as the page shows it (without the bundle), or null. */
export async function runView(db: Database, organizationId: number, runId: string): Promise<RunView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(runId)) return null;
  const [run] = await db.execute<OneRosterRun & Record<string, unknown>>(sql`
    select id, organization_id as "organizationId", created_by_user_id as "createdByUserId", file_name as "fileName", status, issues, issue_count as "issueCount",
      rows, progress, counts, error, created_at as "createdAt", finished_at as "finishedAt"
    from oneroster_runs where id = ${runId} and organization_id = ${organizationId}`);
  if (!run) return null;
  const moving = run.status === 'checking' || run.status === 'importing';
  const lastMove = Date.parse(run.progress?.at ?? String(run.createdAt));
  const { bundle: _bundle, ...rest } = run;
  void _bundle;
  return {
    ...rest,
    createdAt: new Date(run.createdAt).toISOString(),
    finishedAt: run.finishedAt ? new Date(run.finishedAt).toISOString() : null,
    stale: moving && Date.now() - lastMove > STALE_MS,
  };
}
