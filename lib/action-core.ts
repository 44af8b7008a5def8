import { z } from 'zod';
import { can, type CurrentUser, type Permission } from './auth/permissions';
import { idField } from './ids';
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

export type ActionContext = { user: CurrentUser; orgId: number | null };

/** Every org-scoped action carries the organisation's id; it is part of the permission check. */
export const orgIdField = idField;

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
 * The order every action follows: session → input (parseInput) → permission on the organisation the input
 * names → handler. Pure apart from its arguments, so it is tested without Next.
 */
export async function runAction<S extends z.ZodType, T>(args: {
  user: CurrentUser | null;
  raw: unknown;
  schema: S;
  permission: Permission | null;
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<T>;
  onUnexpected?: (error: unknown) => void;
}): Promise<ActionResult<T>> {
  if (!args.user) return { ok: false, messageKey: 'unauthenticated' };
  const parsed = parseInput(args.schema, args.raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const orgId = typeof input === 'object' && input !== null && 'orgId' in input ? Number(input.orgId) : null;
  if (args.permission) {
    if (orgId === null || !can(args.user, args.permission, { id: orgId })) return { ok: false, messageKey: 'forbidden' };
  }
  try {
    return { ok: true, data: await args.handler(input, { user: args.user, orgId }) };
  } catch (error) {
    if (error instanceof ActionError) {
      return { ok: false, messageKey: error.messageKey, fieldErrors: error.fieldErrors, ...(error.messageValues ? { messageValues: error.messageValues } : {}) };
    }
    args.onUnexpected?.(error);
    return { ok: false, messageKey: 'server_error' };
  }
}
