import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { rateLimits } from '@/db/schema';
import { ActionError } from '@/lib/action-core';

/**
 * The one rate-limit store: a counter per (limit name, key) in the database, so a limit holds
 * across app servers. A hit is counted by one `insert … on conflict … do update … returning`
 * statement: PostgreSQL locks the row for it, so of any number of parallel hits exactly
 * `points` are allowed per window — callers hit before the guarded work (a password check),
 * never after it.
 */
export type RateLimit = { name: string; points: number; windowMs: number };

export type HitResult = {
  ok: boolean;
  /** 0 when allowed, else how long until the window ends and the key may try again. */
  retryAfterMs: number;
  /** Hits counted in the window so far, this one included. */
  hits: number;
};

const MINUTE = 60_000;

/** Every limit of the portal, in one place so their names stay unique and their budgets reviewable. */
export const limits = {
  /** Sign-in tries for one account from one address: a person's own typos. */
  signInAccountAddress: { name: 'sign-in:account-address', points: 5, windowMs: 15 * MINUTE },
  /** Sign-in tries for one account from anywhere: guessing spread over many addresses. */
  signInAccount: { name: 'sign-in:account', points: 20, windowMs: 15 * MINUTE },
  /**
   * Sign-in tries from one address for any account: far higher, since a school or an office
   * signs in behind one NAT address. Past it the address is slowed down and only refused for
   * accounts it already failed on (lib/auth/throttle.ts).
   */
  signInAddress: { name: 'sign-in:address', points: 200, windowMs: 15 * MINUTE },
  /** /register: tries of one invitation login (its one-time password). */
  registerInvitation: { name: 'register:invitation', points: 5, windowMs: 15 * MINUTE },
  /** Tries of the applications e-mail's confirmation code, per organisation (across new codes). */
  confirmationCode: { name: 'applications-email:code', points: 10, windowMs: 60 * MINUTE },
  /** The citizens' forms, per address. */
  feedbackApplication: { name: 'feedback:application', points: 5, windowMs: 15 * MINUTE },
  feedbackQuestion: { name: 'feedback:question', points: 5, windowMs: 15 * MINUTE },
  /** The add-person wizard's IIN look-up, per admin. */
  personIinLookup: { name: 'people:iin-lookup', points: 30, windowMs: 10 * MINUTE },
} as const satisfies Record<string, RateLimit>;

/** Counts one hit of `key` against `limit`; `ok` tells whether it is within the budget. */
export async function hit(db: DbExecutor, limit: RateLimit, key: string, now = new Date()): Promise<HitResult> {
  const windowEnd = new Date(now.getTime() + limit.windowMs);
  // A row whose window has ended starts a new window at this hit.
  const expired = sql`${rateLimits.windowEnd} <= ${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ name: limit.name, key, windowStart: now, windowEnd, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.name, rateLimits.key],
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimits.hits} + 1 end`,
        windowStart: sql`case when ${expired} then excluded.window_start else ${rateLimits.windowStart} end`,
        windowEnd: sql`case when ${expired} then excluded.window_end else ${rateLimits.windowEnd} end`,
      },
    })
    .returning({ hits: rateLimits.hits, windowEnd: rateLimits.windowEnd });
  // By the earlier of the real clock and `now`: a caller's own time in the future never sweeps a
  // live window, and a caller's time in the past (tests) never sweeps its own windows either.
  if (Math.random() < SWEEP_CHANCE) await sweep(db, new Date(Math.min(now.getTime(), Date.now())));
  const ok = row!.hits <= limit.points;
  return { ok, retryAfterMs: ok ? 0 : Math.max(1, row!.windowEnd.getTime() - now.getTime()), hits: row!.hits };
}

/**
 * hit() for actions: past the budget an ActionError whose message states the wait (`{minutes}`),
 * beside `field` when given.
 */
export async function hitOrRefuse(
  db: DbExecutor,
  limit: RateLimit,
  key: string,
  refusal: { messageKey: string; field?: string },
  now = new Date(),
): Promise<void> {
  const result = await hit(db, limit, key, now);
  if (result.ok) return;
  const { messageKey, field } = refusal;
  throw new ActionError(messageKey, field ? { [field]: [messageKey] } : undefined, { minutes: String(minutesToWait(result.retryAfterMs)) });
}

/** Forgets the key's hits (a correct password forgives the typos before it). */
export async function reset(db: DbExecutor, limit: RateLimit, key: string): Promise<void> {
  await db.delete(rateLimits).where(and(eq(rateLimits.name, limit.name), eq(rateLimits.key, key)));
}

// Rows of ended windows are dropped now and then by a hit, so the table holds about one row per
// key active in the last window; no timer is needed.
const SWEEP_CHANCE = 0.01;

export async function sweep(db: DbExecutor, now = new Date()): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowEnd, now));
}

/** Whole minutes to state in a "try again in …" message (at least 1). */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / MINUTE));
}
