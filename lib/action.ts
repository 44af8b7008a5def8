import 'server-only';
import type { z } from 'zod';
import { getCurrentUser } from './auth/current-user';
import type { Permission } from './auth/permissions';
import { type ActionContext, type ActionResult, runAction } from './action-core';

export { ActionError, orgIdField, type ActionResult } from './action-core';

/**
 * The one server-action wrapper. Each export of a 'use server' file is built with it, e.g.
 * `export const updateContacts = action(contactsSchema, 'org.settings.edit', async (input, ctx) => …)`.
 * Works with useActionState: (previousState, formData) => result.
 */
export function action<S extends z.ZodType, T>(
  schema: S,
  permission: Permission | null,
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<T>,
) {
  return async (_previous: unknown, raw: unknown): Promise<ActionResult<T>> =>
    runAction({
      user: await getCurrentUser(),
      raw,
      schema,
      permission,
      handler,
      onUnexpected: (error) => console.error('[action] unexpected error', error),
    });
}
