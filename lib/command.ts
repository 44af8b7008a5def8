import 'server-only';
import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbExecutor, DbTransaction } from '@/db';
import { type ActionResult, ActionError, type DeclaredRule, parseInput } from './action-core';
import { authorize, loadOrgAuth } from './auth/org-auth';
import type { CurrentUser, OrgAuth, Permission, VisitorPermission } from './auth/permissions';
import type { OrgCacheScope } from './cache';

/** What the work of a signed-in user's command gets: the user and the organisation the rule was decided on. */
export type ActionContext = { user: CurrentUser; orgId: number | null; org: OrgAuth | null };
/** What the work of a visitor's command (citizens' forms) gets: no user, only the organisation. */
export type VisitorContext = { orgId: number; org: OrgAuth };
/** What the work of an own-rows command gets: the user from the session (their id, never the input's). */
export type OwnContext = { user: CurrentUser };
/** Reads the organisation a rule is decided on (loadOrgAuth on the runner's database unless given). */
export type OrgLoader = (orgId: number) => Promise<OrgAuth | null>;

/** Cache tags a command expires once it has committed: scopes of the organisation it ran on, or exactly which. */
export type Expiry = { orgId: number; scopes: OrgCacheScope[] };
/** What runs once the command has committed: Next re-renders the page, the mail sender wakes, the browser goes elsewhere. */
export type AfterEffect = 'refresh' | 'mail' | { redirect: string };

export type Kind = 'member' | 'visitor' | 'own' | 'public';
type ContextOf<K extends Kind> = K extends 'member' ? ActionContext : K extends 'visitor' ? VisitorContext : K extends 'own' ? OwnContext : Record<string, never>;

/**
 * One write, declared: its input schema (the same its form is checked with), the rule of `can`
 * it needs, its work in the transaction the runner opens, the public site's cache tags it expires
 * and what runs after the commit. 'use server' exports (lib/server-action.ts), route handlers and
 * tests all run it through `runCommand`, so each tests exactly what users call.
 */
export type CommandOf<K extends Kind, S extends z.ZodType, T> = {
  kind: K;
  schema: S;
  rule: K extends 'member' ? Permission : K extends 'visitor' ? VisitorPermission : string;
  run: (tx: DbTransaction, input: z.infer<S>, ctx: ContextOf<K>) => Promise<T>;
  /** Scopes of the organisation in the input (none: the whole organisation), or the exact tags. */
  expires?: OrgCacheScope[] | 'organisation' | ((input: z.infer<S>, data: T) => Expiry[]);
  after?: AfterEffect[] | ((input: z.infer<S>, data: T) => AfterEffect[]);
};
export type Command<S extends z.ZodType, T> = CommandOf<'member', S, T>;

type Declared<K extends Kind, S extends z.ZodType, T> = Pick<CommandOf<K, S, T>, 'expires' | 'after'>;

/** A signed-in user's write, decided by `can(user, rule, org)` on the organisation named in the input. */
export function command<S extends z.ZodType, T>(schema: S, rule: Permission, run: Command<S, T>['run'], declared: Declared<'member', S, T> = {}): Command<S, T> {
  return { kind: 'member', schema, rule, run, ...declared };
}

/** A write visitors may make without signing in (the citizens' forms): its rule is a visitor's. */
export function visitorCommand<S extends z.ZodType, T>(
  schema: S,
  rule: VisitorPermission,
  run: CommandOf<'visitor', S, T>['run'],
  declared: Declared<'visitor', S, T> = {},
): CommandOf<'visitor', S, T> {
  return { kind: 'visitor', schema, rule, run, ...declared };
}

/** A write on the signed-in user's own rows only (their id from the session), with the reason. */
export function ownCommand<S extends z.ZodType, T>(schema: S, reason: string, run: CommandOf<'own', S, T>['run'], declared: Declared<'own', S, T> = {}): CommandOf<'own', S, T> {
  return { kind: 'own', schema, rule: reason, run, ...declared };
}

/** A write open to anyone without a session (it checks its input itself), with the reason. */
export function publicCommand<S extends z.ZodType, T>(schema: S, reason: string, run: CommandOf<'public', S, T>['run'], declared: Declared<'public', S, T> = {}): CommandOf<'public', S, T> {
  return { kind: 'public', schema, rule: reason, run, ...declared };
}

/** The rule a command declares, as tests/unit/server-actions.test.ts lists it. */
export function declaredRuleOfCommand(cmd: { kind: Kind; rule: string }): DeclaredRule {
  if (cmd.kind === 'own') return { self: cmd.rule };
  if (cmd.kind === 'public') return { public: cmd.rule };
  return { permission: cmd.rule as Permission };
}

/** Where a command runs: Next's cache and after-effects for actions and route handlers; tests give none. */
export type CommandHost = {
  expire?: (orgId: number, ...scopes: OrgCacheScope[]) => void;
  after?: (effect: AfterEffect) => void | Promise<void>;
  onUnexpected?: (error: unknown) => void;
  loadOrg?: OrgLoader;
};

type Prepared<C> = { ok: true; ctx: C; orgId: number | null } | { ok: false; result: ActionResult<never> };

/** The session the rule needs, then the input, then the organisation the input names, loaded once, and `can` on it. */
async function prepare<K extends Kind, S extends z.ZodType, T>(db: DbExecutor, cmd: CommandOf<K, S, T>, user: CurrentUser | null, input: z.infer<S>, loadOrg?: OrgLoader): Promise<Prepared<ContextOf<K>>> {
  const orgId = typeof input === 'object' && input !== null && 'orgId' in input ? Number(input.orgId) : null;
  if (cmd.kind === 'own') return { ok: true, ctx: { user: user! } as ContextOf<K>, orgId: null };
  if (cmd.kind === 'public') return { ok: true, ctx: {} as ContextOf<K>, orgId: null };
  const decision = await authorize(loadOrg ?? ((id) => loadOrgAuth(db, id)), user, cmd.rule as Permission, orgId);
  if (!decision.ok) return { ok: false, result: { ok: false, messageKey: decision.denial } };
  if (cmd.kind === 'visitor') return { ok: true, ctx: { orgId: orgId!, org: decision.org } as ContextOf<K>, orgId };
  return { ok: true, ctx: { user: user!, orgId, org: decision.org } as ContextOf<K>, orgId };
}

const refusal = (error: ActionError): ActionResult<never> => ({
  ok: false,
  messageKey: error.messageKey,
  fieldErrors: error.fieldErrors,
  ...(error.messageValues ? { messageValues: error.messageValues } : {}),
});

/**
 * The one runner of every write: session → input (parseInput: field errors as message keys, in
 * the user's language on the form) → the organisation, loaded once (its function settings with
 * their defaults), and `can` on it → the work in a transaction → the cache tags expired and the
 * after-effects, once committed. Nothing of the work runs when the rule refuses.
 *
 * A refusal (ActionError) is an answer, not a failure: what the work recorded on its way — a
 * rate-limit hit, an audited look-up, a draft as typed — commits, as each did before there was
 * one transaction; work that must leave nothing behind when it refuses keeps those writes in its
 * own nested transaction. Anything else rolls the whole work back and answers 'server_error'.
 *
 * Given a transaction the caller owns (a register import reusing the register's commands), the
 * work runs in a savepoint of it; the commit, the tags and the after-effects are the caller's,
 * and an unexpected error fails the caller's transaction.
 */
export async function runCommand<K extends Kind, S extends z.ZodType, T>(
  db: DbExecutor,
  cmd: CommandOf<K, S, T>,
  user: CurrentUser | null,
  raw: unknown,
  host: CommandHost = {},
): Promise<ActionResult<T>> {
  // drizzle's `is`, not instanceof: the app's bundles may hold more than one copy of the class.
  const callersTransaction = is(db, PgTransaction);
  if ((cmd.kind === 'member' || cmd.kind === 'own') && !user) return { ok: false, messageKey: 'unauthenticated' };
  let input: z.infer<S>;
  let data: T;
  try {
    const parsed = parseInput(cmd.schema, raw);
    if (!parsed.ok) return parsed;
    input = parsed.data;
    const prepared = await prepare(db, cmd, user, input, host.loadOrg);
    if (!prepared.ok) return prepared.result;
    const outcome = await db.transaction(async (tx): Promise<{ ok: true; data: T } | { ok: false; error: ActionError }> => {
      try {
        return { ok: true, data: await cmd.run(tx, input, prepared.ctx) };
      } catch (error) {
        if (error instanceof ActionError) return { ok: false, error };
        throw error;
      }
    });
    if (!outcome.ok) return refusal(outcome.error);
    data = outcome.data;
    if (!callersTransaction) expire(cmd, input, data, prepared.orgId, host);
  } catch (error) {
    if (error instanceof ActionError) return refusal(error);
    if (callersTransaction) throw error;
    host.onUnexpected?.(error);
    return { ok: false, messageKey: 'server_error' };
  }
  // Outside the catch: an after-effect may end the request (a redirect throws).
  if (!callersTransaction && host.after) for (const effect of typeof cmd.after === 'function' ? cmd.after(input, data) : (cmd.after ?? [])) await host.after(effect);
  return { ok: true, data };
}

function expire<S extends z.ZodType, T>(cmd: Pick<CommandOf<Kind, S, T>, 'expires'>, input: z.infer<S>, data: T, orgId: number | null, host: CommandHost): void {
  if (!cmd.expires || !host.expire || (Array.isArray(cmd.expires) && cmd.expires.length === 0)) return;
  if (typeof cmd.expires === 'function') {
    for (const { orgId: id, scopes } of cmd.expires(input, data)) host.expire(id, ...scopes);
  } else if (orgId !== null) {
    host.expire(orgId, ...(cmd.expires === 'organisation' ? [] : cmd.expires));
  }
}
