import 'server-only';
import { refresh } from 'next/cache';
import type { z } from 'zod';
import { getDb } from '@/db';
import { type ActionResult, declareRule } from './action-core';
import { getCurrentUser } from './auth/current-user';
import { invalidateOrg, invalidateOrgFromRoute } from './cache';
import { type AfterEffect, type CommandHost, type CommandOf, type Kind, declaredRuleOfCommand, runCommand } from './command';
import type { CurrentUser } from './auth/permissions';
import { kickMailSender } from './mail/sender-loop';

// Loaded when a command redirects: the router needs Next's request, which tests of the other actions do not have.
async function redirectTo(href: string): Promise<void> {
  const [{ getLocale }, { redirect }] = await Promise.all([import('next-intl/server'), import('./i18n/navigation')]);
  redirect({ href, locale: await getLocale() });
}

const logUnexpected = (error: unknown) => console.error('[action] unexpected error', error);

/** In a server action: tags expired for the next request (read-your-own-writes), the page re-rendered. */
const actionHost: CommandHost = {
  expire: (orgId, ...scopes) => invalidateOrg(orgId, ...scopes),
  after: async (effect: AfterEffect) => {
    if (effect === 'refresh') refresh();
    else if (effect === 'mail') kickMailSender();
    else await redirectTo(effect.redirect);
  },
  onUnexpected: logUnexpected,
};

/**
 * A command as the export of a 'use server' file — the only way one is built:
 * `export const createUnit = serverAction(unitCommands.create)`. The session and the app's
 * database go to the one runner; the export carries the command's rule for
 * tests/unit/server-actions.test.ts. Works with useActionState: (previousState, formData) => result.
 */
export function serverAction<K extends Kind, S extends z.ZodType, T>(cmd: CommandOf<K, S, T>) {
  const action = async (_previous: unknown, raw: unknown): Promise<ActionResult<T>> =>
    runCommand(getDb(), cmd, cmd.kind === 'public' || cmd.kind === 'visitor' ? null : await getCurrentUser(), raw, actionHost);
  return declareRule(action, declaredRuleOfCommand(cmd));
}

/** In a route handler (uploads, the public forms): tags expired with revalidateTag; no page to re-render. */
const routeHost: CommandHost = {
  expire: (orgId, ...scopes) => invalidateOrgFromRoute(orgId, ...scopes),
  after: (effect: AfterEffect) => {
    if (effect === 'mail') kickMailSender();
  },
};

/** Runs a command for a route handler: the same runner, with the user the handler read (null for visitors). */
export function runFromRoute<K extends Kind, S extends z.ZodType, T>(cmd: CommandOf<K, S, T>, user: CurrentUser | null, raw: unknown, onUnexpected: (error: unknown) => void = logUnexpected) {
  return runCommand(getDb(), cmd, user, raw, { ...routeHost, onUnexpected });
}
