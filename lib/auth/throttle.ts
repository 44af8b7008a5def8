import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { signInAttempts } from '@/db/schema';

/** Failures in this window count; after FREE_FAILURES each further try waits longer. */
const WINDOW_MS = 15 * 60_000;
const FREE_FAILURES = 5;
const MAX_WAIT_MS = 15 * 60_000;

export function throttleKeys(login: string, address: string | null): string[] {
  const keys = [`login:${login.trim().toLowerCase()}`];
  if (address) keys.push(`ip:${address}`);
  return keys;
}

/** How long to wait after `failures` recent failures: 0, then 30 s, 60 s, 120 s … up to 15 min. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(30_000 * 2 ** (failures - FREE_FAILURES), MAX_WAIT_MS);
}

/**
 * Milliseconds the caller must still wait before another try for any of the keys. Kept in the
 * database so it holds across app servers.
 */
export async function remainingWait(db: Database, keys: string[], now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const rows = await db
    .select({ key: signInAttempts.key, failures: sql<number>`count(*)::int`, last: sql<Date>`max(${signInAttempts.at})` })
    .from(signInAttempts)
    .where(and(inArray(signInAttempts.key, keys), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)))
    .groupBy(signInAttempts.key);
  let wait = 0;
  for (const row of rows) {
    const until = new Date(row.last).getTime() + waitAfterFailures(row.failures);
    wait = Math.max(wait, until - now.getTime());
  }
  return wait;
}

export async function recordAttempt(db: Database, keys: string[], succeeded: boolean, now = new Date()): Promise<void> {
  await db.insert(signInAttempts).values(keys.map((key) => ({ key, succeeded, at: now })));
  if (succeeded) {
    // A success forgives the login's earlier failures (not the address's: others may share it).
    const loginKey = keys.find((k) => k.startsWith('login:'));
    if (loginKey) await db.delete(signInAttempts).where(and(eq(signInAttempts.key, loginKey), eq(signInAttempts.succeeded, false)));
  }
}

