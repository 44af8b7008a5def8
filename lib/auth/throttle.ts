import 'server-only';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DbExecutor } from '@/db';
import { hit, limits, reset } from '@/lib/rate-limit';

/**
 * The sign-in budgets (lib/rate-limit.ts), taken before the password is checked so parallel
 * guesses never get more checks than the budget:
 * - per account and address: a person's own typos (5 in 15 minutes);
 * - per account from anywhere: guessing spread over many addresses (20 in 15 minutes);
 * - per address, far higher (200 in 15 minutes): schools and offices sign in behind one NAT
 *   address, so past it the address is slowed down, and refused only for accounts it has
 *   already failed on — a correct password for an account without failures still gets in.
 * A correct password forgives the account's failures (not the address's).
 */
export type SignInGate = { ok: true } | { ok: false; retryAfterMs: number };

/** Extra wait of each try from an address past its ceiling. */
export const BUSY_ADDRESS_DELAY_MS = 2_000;

/**
 * The budget key of a typed login or e-mail: the account it names, so both share one budget.
 * An unknown identifier gets its own (hashed: a password typed into the login field is not kept).
 */
export function accountKey(userId: number | null, typed: string): string {
  if (userId !== null) return `user:${userId}`;
  return `unknown:${createHash('sha256').update(typed.trim().toLowerCase()).digest('hex').slice(0, 32)}`;
}

function pairKey(account: string, address: string | null): string {
  return `${account}@${address ?? 'unknown'}`;
}

export async function admitSignIn(
  db: DbExecutor,
  args: { account: string; address: string | null; now?: Date; delay?: (ms: number) => Promise<unknown> },
): Promise<SignInGate> {
  const now = args.now ?? new Date();
  const pair = await hit(db, limits.signInAccountAddress, pairKey(args.account, args.address), now);
  if (!pair.ok) return { ok: false, retryAfterMs: pair.retryAfterMs };
  const busy = args.address ? await hit(db, limits.signInAddress, args.address, now) : null;
  // An earlier hit of the pair in this window was a failure: a success resets the pair.
  if (busy && !busy.ok && pair.hits > 1) return { ok: false, retryAfterMs: busy.retryAfterMs };
  const account = await hit(db, limits.signInAccount, args.account, now);
  if (!account.ok) return { ok: false, retryAfterMs: account.retryAfterMs };
  if (busy && !busy.ok) await (args.delay ?? sleep)(BUSY_ADDRESS_DELAY_MS);
  return { ok: true };
}

export async function forgiveSignIn(db: DbExecutor, args: { account: string; address: string | null }): Promise<void> {
  await reset(db, limits.signInAccountAddress, pairKey(args.account, args.address));
  await reset(db, limits.signInAccount, args.account);
}
