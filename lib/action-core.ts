import { z } from 'zod';
import { type CurrentUser, denial, type OrgAuth, type Permission, type Subject } from './auth/permissions';
import { unsafeTextFields } from './safe-text';

/**
 * What every server action answers. Error texts are message keys (namespace Validation unless
 * they contain a dot), so the form shows them in the user's language beside each field.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; messageKey: string; fieldErrors?: Record<string, string[]>; messageValues?: MessageValues };

/**
 * A server action as a client form holds it (lib/server-action.ts makes them; useActionState
 * calls them with the last state and the submitted form). The one spelling of that type.
 */
export type FormAction<T = unknown> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

/** Values the message's placeholders take, e.g. the organisation to ask. */
export type MessageValues = Record<string, string>;

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
