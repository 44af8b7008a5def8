import 'server-only';
import type { z } from 'zod';
import { getDb } from '@/db';
import { getCurrentUser } from './auth/current-user';
import { loadOrgAuth } from './auth/org-auth';
import type { Permission } from './auth/permissions';
import { type ActionContext, type ActionResult, declaredRuleOf, declareRule, runAction } from './action-core';

export { ActionError, type ActionResult } from './action-core';

/** An action on the signed-in user's own rows only (their id from the session, never the input). */
export type OwnRowsOnly = { self: string };
export const ownRowsOnly = (reason: string): OwnRowsOnly => ({ self: reason });

/**
 * The one server-action wrapper. Each export of a 'use server' file is built with it, e.g.
 * `export const updateContacts = action(contactsSchema, 'org.settings.edit', async (input, ctx) => …)`.
 * The permission is decided by `can` on the organisation named in the input (loaded once) before
 * the handler runs. Works with useActionState: (previousState, formData) => result.
 */
export function action<S extends z.ZodType, T>(
  schema: S,
  rule: Permission | OwnRowsOnly,
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<T>,
) {
  const permission = typeof rule === 'string' ? rule : null;
  const run = async (_previous: unknown, raw: unknown): Promise<ActionResult<T>> =>
    runAction({
      user: await getCurrentUser(),
      raw,
      schema,
      permission,
      loadOrg: (orgId) => loadOrgAuth(getDb(), orgId),
      handler,
      onUnexpected: (error) => console.error('[action] unexpected error', error),
    });
  return declareRule(run, permission ? { permission } : (rule as OwnRowsOnly));
}

/** A server action open to anyone without a session (it checks its input itself), with the reason. */
export function publicAction<F extends (...args: never[]) => Promise<unknown>>(reason: string, fn: F): F {
  return declareRule(fn, { public: reason });
}

/** A server action that only passes the call on to `target` (built above): it checks target's rule. */
export function delegatingTo<F extends (...args: never[]) => Promise<unknown>>(target: object, fn: F): F {
  const rule = declaredRuleOf(target);
  if (!rule) throw new Error('delegatingTo: the target declares no rule');
  return declareRule(fn, rule);
}
