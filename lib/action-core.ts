import { z } from 'zod';
import { authorize } from './auth/org-auth';
import { type CurrentUser, denial, type OrgAuth, type Permission, type Subject, type VisitorPermission } from './auth/permissions';
import { unsafeTextFields } from './safe-text';

/**
 * What every server action answers. Error texts are message keys (namespace Validation unless
 * they contain a dot), so the form shows them in the user's language beside each field.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; messageKey: string; fieldErrors?: Record<string, string[]>; messageValues?: MessageValues };

/** Values the message's placeholders take, e.g. the organisation to ask. */
export type MessageValues = Record<string, string>;

/** What the handler of a signed-in action gets: the user and the organisation the rule was decided on. */
export type ActionContext = { user: CurrentUser; orgId: number | null; org: OrgAuth | null };
/** What the handler of a visitor's action (citizens' forms) gets: no user, only the organisation. */
export type VisitorContext = { orgId: number; org: OrgAuth };
/** Reads the organisation a rule is decided on (loadOrgAuth on the app's or a test's database). */
export type OrgLoader = (orgId: number) => Promise<OrgAuth | null>;

export class ActionError extends Error {
  constructor(
    readonly messageKey: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly messageValues?: MessageValues,
  ) {
    super(messageKey);
  }
}

export function inputFrom(raw: unknown): unknown {
  if (raw instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of raw.entries()) {
      if (key.startsWith('$ACTION')) continue;
      const existing = out[key];
      out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    return out;
  }
  return raw;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    const key = issue.message && /^[a-z_.A-Z]+$/.test(issue.message) ? issue.message : 'invalid';
    (out[field] ??= []).push(key);
  }
  return out;
}

export type ParsedInput<T> = { ok: true; data: T } | { ok: false; messageKey: 'invalid'; fieldErrors: Record<string, string[]> };

/**
 * The one input boundary of actions and of the public forms' route handlers: text PostgreSQL
 * cannot store (NUL, a lone surrogate) is refused beside its field before the schema runs, so
 * nothing of it is written and no database error follows; then the schema's own field errors.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): ParsedInput<z.infer<S>> {
  const input = inputFrom(raw);
  const unsafe = unsafeTextFields(input);
  if (unsafe) return { ok: false, messageKey: 'invalid', fieldErrors: unsafe };
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data as z.infer<S> } : { ok: false, messageKey: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
}

type Decided<I> = { ok: true; input: I; orgId: number | null; org: OrgAuth | null } | { ok: false; result: ActionResult<never> };

/** Input, then the organisation the input names, loaded once, and the rule decided on it. */
async function decide<S extends z.ZodType>(user: CurrentUser | null, raw: unknown, schema: S, permission: Permission | null, loadOrg: OrgLoader): Promise<Decided<z.infer<S>>> {
  const parsed = parseInput(schema, raw);
  if (!parsed.ok) return { ok: false, result: parsed };
  const input = parsed.data as z.infer<S>;
  const orgId = typeof input === 'object' && input !== null && 'orgId' in input ? Number(input.orgId) : null;
  if (!permission) return { ok: true, input, orgId, org: null };
  const decision = await authorize(loadOrg, user, permission, orgId);
  return decision.ok ? { ok: true, input, orgId, org: decision.org } : { ok: false, result: { ok: false, messageKey: decision.denial } };
}

async function attempt<T>(work: () => Promise<ActionResult<T>>, onUnexpected?: (error: unknown) => void): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ActionError) {
      return { ok: false, messageKey: error.messageKey, fieldErrors: error.fieldErrors, ...(error.messageValues ? { messageValues: error.messageValues } : {}) };
    }
    onUnexpected?.(error);
    return { ok: false, messageKey: 'server_error' };
  }
}

/**
 * The order every action follows: session → input (parseInput) → the organisation the input names, loaded
 * once, and `can`'s rule on it → handler. Nothing of the handler runs when the rule refuses.
 * Pure apart from its arguments, so it is tested without Next.
 */
export async function runAction<S extends z.ZodType, T>(args: {
  user: CurrentUser | null;
  raw: unknown;
  schema: S;
  permission: Permission | null;
  loadOrg: OrgLoader;
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<T>;
  onUnexpected?: (error: unknown) => void;
}): Promise<ActionResult<T>> {
  const user = args.user;
  if (!user) return { ok: false, messageKey: 'unauthenticated' };
  return attempt(async () => {
    const decided = await decide(user, args.raw, args.schema, args.permission, args.loadOrg);
    if (!decided.ok) return decided.result;
    return { ok: true, data: await args.handler(decided.input, { user, orgId: decided.orgId, org: decided.org }) };
  }, args.onUnexpected);
}

/**
 * The same order for what visitors who are not signed in may do (the citizens' forms): no
 * session is read, and the rule is one `can` grants to visitors.
 */
export async function runVisitorAction<S extends z.ZodType, T>(args: {
  raw: unknown;
  schema: S;
  permission: VisitorPermission;
  loadOrg: OrgLoader;
  handler: (input: z.infer<S>, ctx: VisitorContext) => Promise<T>;
  onUnexpected?: (error: unknown) => void;
}): Promise<ActionResult<T>> {
  return attempt(async () => {
    const decided = await decide(null, args.raw, args.schema, args.permission, args.loadOrg);
    if (!decided.ok) return decided.result;
    if (decided.orgId === null || !decided.org) return { ok: false, messageKey: 'forbidden' };
    return { ok: true, data: await args.handler(decided.input, { orgId: decided.orgId, org: decided.org }) };
  }, args.onUnexpected);
}

/**
 * For writes whose rule also looks at rows they lock (a forum topic, a post): the same rule of
 * `can`, decided again on the organisation the runner loaded, now with those rows.
 */
export function assertCan(ctx: { user: CurrentUser | null; org: OrgAuth | null }, action: Permission, subject: Subject): void {
  const refused = ctx.org ? denial(ctx.user, action, ctx.org, subject) : 'forbidden';
  if (refused !== null) throw new ActionError(refused);
}

/**
 * What each server action declares it checks, kept beside the function itself so a test can list
 * every export of every 'use server' file with its rule: a permission of `can`, or — with the
 * reason — the caller's own rows only ('self') or open to anyone ('public').
 */
export type DeclaredRule = { permission: Permission } | { self: string } | { public: string };
const declarations = new WeakMap<object, DeclaredRule>();

export function declareRule<F extends object>(fn: F, rule: DeclaredRule): F {
  declarations.set(fn, rule);
  return fn;
}

export function declaredRuleOf(fn: unknown): DeclaredRule | undefined {
  return typeof fn === 'function' ? declarations.get(fn) : undefined;
}
