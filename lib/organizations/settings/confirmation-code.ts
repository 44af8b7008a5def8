import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The confirmation code of the applications e-mail (F-4.6): six digits, valid 15 minutes, a new
 * one only 60 seconds after the last, and five wrong tries void it. Pure, so the rules are tested
 * without a database or a clock.
 */
export const CODE_TTL_MS = 15 * 60_000;
export const RESEND_AFTER_MS = 60_000;
export const MAX_WRONG_TRIES = 5;

export type StoredCode = { email: string; codeHash: string; sentAt: Date; expiresAt: Date; failedAttempts: number; usedAt: Date | null };

export type CodeCheck = 'ok' | 'no_code' | 'used' | 'expired' | 'too_many_tries' | 'wrong';

export function generateCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Bound to the organisation and the address: a code sent for one address never confirms another. */
export function hashCode(orgId: number, email: string, code: string): string {
  return createHash('sha256').update(`${orgId}\n${email.toLowerCase()}\n${code}`).digest('hex');
}

/** Milliseconds before another code may be sent (0: now). */
export function resendWait(stored: StoredCode | null, now: Date): number {
  if (!stored || stored.usedAt) return 0;
  return Math.max(0, stored.sentAt.getTime() + RESEND_AFTER_MS - now.getTime());
}

export function checkCode(stored: StoredCode | null, orgId: number, code: string, now: Date): CodeCheck {
  if (!stored) return 'no_code';
  if (stored.usedAt) return 'used';
  if (stored.failedAttempts >= MAX_WRONG_TRIES) return 'too_many_tries';
  if (now.getTime() >= stored.expiresAt.getTime()) return 'expired';
  const given = Buffer.from(hashCode(orgId, stored.email, code), 'hex');
  const expected = Buffer.from(stored.codeHash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'wrong';
}

/** Tries left after this many failures (shown with "Wrong code"). */
export function triesLeft(failedAttempts: number): number {
  return Math.max(0, MAX_WRONG_TRIES - failedAttempts);
}
