import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/index';
import { invitations, persons, users } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { publicCommand } from '@/lib/command';
import { hit, limits, minutesToWait, reset } from '@/lib/rate-limit';
import { isUniqueViolation } from '../db-errors';
import { INVITATION_LOGIN_PREFIX, normalizeOneTimePassword } from './secrets';
import { voidOpenInvitations } from './issue';
import { fullName } from '@/lib/people/full-name';

/**
 * /register: a person turns the invitation (generated login + one-time password) into an
 * account with a login and password of their own.
 */

const LOGIN_PATTERN = /^[a-z0-9._-]+$/;

export const invitationCredentialsSchema = z.object({
  invitationLogin: z.string({ error: 'required' }).trim().min(1, 'required').max(100, 'too_long'),
  invitationPassword: z.string({ error: 'required' }).min(1, 'required').max(100, 'too_long'),
});

export const registrationSchema = invitationCredentialsSchema
  .extend({
    login: z
      .string({ error: 'required' })
      .trim()
      .toLowerCase()
      .min(3, 'Register.login_length')
      .max(40, 'Register.login_length')
      .regex(LOGIN_PATTERN, 'Register.login_characters')
      .refine((v) => !v.startsWith(INVITATION_LOGIN_PREFIX), 'Register.login_reserved'),
    password: z.string({ error: 'required' }).min(8, 'Register.password_short').max(200, 'too_long'),
    passwordConfirm: z.string({ error: 'required' }),
  })
  .refine((v) => v.password === v.passwordConfirm, { message: 'Register.password_mismatch', path: ['passwordConfirm'] });

export type InvitationCheck =
  | { ok: true; invitationId: number; personId: number; organizationId: number | null; fullName: string }
  | { ok: false; reason: 'credentials' | 'throttled'; retryAfterMs?: number };

// Verified when the login is unknown, so an unknown login and a wrong password take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=1024,t=1,p=1$ewbJ1pAEIibWYcC2dPmtsA$Xf/8yCtaRVOoieUixFR5eQuhdeeAz77tXS4+ie/uEHE';

/**
 * Tries are limited per invitation login (lib/rate-limit.ts), counted before the one-time
 * password is checked, so parallel guesses get no more checks than the budget. Not per address:
 * a school registers many people behind one address, and guessing 59 random bits is hopeless
 * anyway; the per-login limit stops hammering one invitation.
 */
function budgetKey(login: string): string {
  return login.trim().toLowerCase();
}

/**
 * The invitation behind a login and one-time password, when it is still open and the person is
 * not registered yet. Used, voided, unknown and wrong all answer 'credentials' (one message);
 * the right one-time password forgives the login's failed tries.
 */
export async function checkInvitation(db: DbExecutor, input: { login: string; password: string }): Promise<InvitationCheck> {
  const budget = await hit(db, limits.registerInvitation, budgetKey(input.login));
  if (!budget.ok) return { ok: false, reason: 'throttled', retryAfterMs: budget.retryAfterMs };
  const [found] = await db
    .select({
      id: invitations.id,
      personId: invitations.personId,
      organizationId: invitations.organizationId,
      passwordHash: invitations.passwordHash,
      surname: persons.surname,
      name: persons.name,
      patronymic: persons.patronymic,
      userId: users.id,
    })
    .from(invitations)
    .innerJoin(persons, eq(persons.id, invitations.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(and(sql`lower(${invitations.login}) = lower(${input.login.trim()})`, isNull(invitations.usedAt), isNull(invitations.voidedAt)));
  const passwordOk = await verifyPassword(found?.passwordHash ?? DUMMY_HASH, normalizeOneTimePassword(input.password));
  if (!found || !passwordOk || found.userId !== null) return { ok: false, reason: 'credentials' };
  await reset(db, limits.registerInvitation, budgetKey(input.login));
  return {
    ok: true,
    invitationId: found.id,
    personId: found.personId,
    organizationId: found.organizationId,
    fullName: fullName(found),
  };
}

export type RegistrationResult =
  | { ok: true; userId: number; login: string }
  | { ok: false; reason: 'credentials' | 'throttled' | 'login_taken'; retryAfterMs?: number };

/** Creates the user from an open invitation; the invitation is used up in the same transaction. */
export async function registerWithInvitation(
  db: DbExecutor,
  input: z.output<typeof registrationSchema>,
): Promise<RegistrationResult> {
  const check = await checkInvitation(db, { login: input.invitationLogin, password: input.invitationPassword });
  if (!check.ok) return check;
  const passwordHash = await hashPassword(input.password);
  const result = await db
    .transaction(async (tx): Promise<RegistrationResult> => {
      // Locks the invitation: two registrations with one invitation make one account.
      const [open] = await tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(and(eq(invitations.id, check.invitationId), isNull(invitations.usedAt), isNull(invitations.voidedAt)))
        .for('update');
      if (!open) return { ok: false, reason: 'credentials' };
      const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.login}) = ${input.login}`);
      if (taken) return { ok: false, reason: 'login_taken' };
      const [person] = await tx.select({ email: persons.email }).from(persons).where(eq(persons.id, check.personId));
      const [user] = await tx
        .insert(users)
        .values({ personId: check.personId, login: input.login, email: person?.email ?? null, passwordHash })
        .returning({ id: users.id });
      const now = new Date();
      await tx.update(invitations).set({ usedAt: now }).where(eq(invitations.id, open.id));
      await voidOpenInvitations(tx, [check.personId], now);
      await recordAudit(tx, {
        actorUserId: user!.id,
        organizationId: check.organizationId,
        action: 'person.register',
        entity: 'person',
        entityId: check.personId,
        changes: { login: { from: null, to: input.login } },
      });
      return { ok: true, userId: user!.id, login: input.login };
    })
    .catch((error: unknown): RegistrationResult => {
      // Someone took the login, or the person registered, between the check and the insert.
      if (isUniqueViolation(error)) return { ok: false, reason: 'login_taken' };
      throw error;
    });
  return result;
}

/** A refusal of either step, in the words the form shows (the wait in minutes when throttled). */
function refusalOf({ reason, retryAfterMs }: { reason: 'credentials' | 'throttled' | 'login_taken'; retryAfterMs?: number }): ActionError {
  if (reason === 'login_taken') return new ActionError('Register.login_taken', { login: ['Register.login_taken'] });
  if (reason === 'throttled') return new ActionError('Register.throttled', undefined, { minutes: String(minutesToWait(retryAfterMs ?? 0)) });
  return new ActionError('Register.invalid_invitation');
}

/**
 * /register is for people without an account yet, so its two steps need no session: each checks
 * its input with zod and the invitation itself (throttled; a refusal keeps the counted try).
 */
export const registrationCommands = {
  /** Step 1: the invitation login and one-time password; answers the person's name. */
  check: publicCommand(invitationCredentialsSchema, 'registration step 1: the invitation login and one-time password are the credentials (throttled)', async (db, input) => {
    const check = await checkInvitation(db, { login: input.invitationLogin, password: input.invitationPassword });
    if (!check.ok) throw refusalOf(check);
    return { fullName: check.fullName };
  }),
  /** Step 2: the invitation again (checked again) with the chosen login and password. */
  register: publicCommand(registrationSchema, 'registration step 2: the invitation is checked again with the chosen login (throttled)', async (db, input) => {
    const result = await registerWithInvitation(db, input);
    if (!result.ok) throw refusalOf(result);
    return { login: result.login };
  }),
};
