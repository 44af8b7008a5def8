'use server';

import 'server-only';
import { getDb } from '@/db';
import { publicAction } from '@/lib/action';
import { type ActionResult, parseInput } from '@/lib/action-core';
import { minutesToWait } from '@/lib/rate-limit';
import { checkInvitation, invitationCredentialsSchema, registerWithInvitation, registrationSchema } from './registration';

/**
 * /register is for people without an account yet, so these two actions need no session (the
 * wrapper in lib/action.ts requires one): each checks its input with zod and the invitation itself.
 */

const failure = ({ reason, retryAfterMs }: { reason: 'credentials' | 'throttled' | 'login_taken'; retryAfterMs?: number }): ActionResult<never> => {
  if (reason === 'login_taken') return { ok: false, messageKey: 'Register.login_taken', fieldErrors: { login: ['Register.login_taken'] } };
  if (reason === 'throttled') return { ok: false, messageKey: 'Register.throttled', messageValues: { minutes: String(minutesToWait(retryAfterMs ?? 0)) } };
  return { ok: false, messageKey: 'Register.invalid_invitation' };
};

/** Step 1: the invitation login and one-time password; answers the person's name. */
export async function checkRegistrationInvitation(_previous: unknown, raw: unknown): Promise<ActionResult<{ fullName: string }>> {
  try {
    const parsed = parseInput(invitationCredentialsSchema, raw);
    if (!parsed.ok) return parsed;
    const check = await checkInvitation(getDb(), { login: parsed.data.invitationLogin, password: parsed.data.invitationPassword });
    return check.ok ? { ok: true, data: { fullName: check.fullName } } : failure(check);
  } catch (error) {
    console.error('[register] unexpected error', error);
    return { ok: false, messageKey: 'server_error' };
  }
}

/** Step 2: the invitation again (checked again) with the chosen login and password. */
export async function registerAccount(_previous: unknown, raw: unknown): Promise<ActionResult<{ login: string }>> {
  try {
    const parsed = parseInput(registrationSchema, raw);
    if (!parsed.ok) return parsed;
    const result = await registerWithInvitation(getDb(), parsed.data);
    return result.ok ? { ok: true, data: { login: result.login } } : failure(result);
  } catch (error) {
    console.error('[register] unexpected error', error);
    return { ok: false, messageKey: 'server_error' };
  }
}

// Public endpoints, listed with the reason (tests/unit/server-actions.test.ts): no account exists yet.
publicAction('registration step 1: the invitation login and one-time password are the credentials (throttled)', checkRegistrationInvitation);
publicAction('registration step 2: the invitation is checked again with the chosen login (throttled)', registerAccount);
