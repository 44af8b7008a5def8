import type { z } from 'zod';
import type { Database } from '@/db';
import { type ActionContext, type ActionResult, runAction, runVisitorAction, type VisitorContext } from './action-core';
import { loadOrgAuth } from './auth/org-auth';
import type { CurrentUser, Permission, VisitorPermission } from './auth/permissions';

type CommandOf<S extends z.ZodType, T, P extends Permission, C> = {
  schema: S;
  permission: P;
  run: (db: Database, input: z.infer<S>, ctx: C) => Promise<T>;
};

/**
 * What a server action does, apart from Next: its input schema, the rule of `can` it needs and
 * its work on a given database. The 'use server' file wraps it with `commandAction`; route
 * handlers and database tests run the very same schema, rule and work through `runCommand`, so
 * they test what users call.
 */
export type Command<S extends z.ZodType, T> = CommandOf<S, T, Permission, ActionContext>;

export function command<S extends z.ZodType, T>(schema: S, permission: Permission, run: Command<S, T>['run']): Command<S, T> {
  return { schema, permission, run };
}

/** A command visitors may run without signing in (the citizens' forms): its rule is a visitor's. */
export type VisitorCommand<S extends z.ZodType, T> = CommandOf<S, T, VisitorPermission, VisitorContext>;

export function visitorCommand<S extends z.ZodType, T>(schema: S, permission: VisitorPermission, run: VisitorCommand<S, T>['run']): VisitorCommand<S, T> {
  return { schema, permission, run };
}

/** Runs a command as its server action does: session, input, the rule on the organisation, the work. */
export function runCommand<S extends z.ZodType, T>(db: Database, cmd: Command<S, T>, user: CurrentUser | null, raw: unknown): Promise<ActionResult<T>> {
  return runAction({ user, raw, schema: cmd.schema, permission: cmd.permission, loadOrg: (orgId) => loadOrgAuth(db, orgId), handler: (input, ctx) => cmd.run(db, input, ctx) });
}

export function runVisitorCommand<S extends z.ZodType, T>(db: Database, cmd: VisitorCommand<S, T>, raw: unknown, onUnexpected?: (error: unknown) => void): Promise<ActionResult<T>> {
  return runVisitorAction({ raw, schema: cmd.schema, permission: cmd.permission, loadOrg: (orgId) => loadOrgAuth(db, orgId), handler: (input, ctx) => cmd.run(db, input, ctx), onUnexpected });
}
