import 'server-only';
import { NextResponse } from 'next/server';
import type { ActionResult, MessageValues } from '@/lib/action-core';
import { clientAddress } from '@/lib/client-address';
import { getEnv } from '@/lib/env';
import { BodyMalformedError, BodyTooLargeError, readForm } from '@/lib/http/body';
import { TOO_MANY } from './submit';

/** What the citizens' form handlers share: the form, the address, the answers. */

export function answer<T>(status: number, body: ActionResult<T>) {
  return NextResponse.json(body, { status });
}

export function refuse(status: number, messageKey: string, fieldErrors?: Record<string, string[]>, messageValues?: MessageValues) {
  return answer(status, { ok: false, messageKey, fieldErrors, ...(messageValues ? { messageValues } : {}) });
}

/**
 * The form, read to at most `maxBytes` (chunked or not): a 413 refusal past it (`tooLargeKey`
 * beside `field` when given), a 400 one when it is no form.
 */
export async function readPublicForm(request: Request, maxBytes: number, tooLargeKey: string, field?: string): Promise<FormData | NextResponse> {
  try {
    return await readForm(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(413, tooLargeKey, field ? { [field]: [tooLargeKey] } : undefined);
    if (error instanceof BodyMalformedError) return refuse(400, 'invalid');
    throw error;
  }
}

/** The client's address for the forms' limit (lib/client-address.ts, the one reading of it). */
export function requestAddress(request: Request): string | null {
  return clientAddress(request.headers, getEnv().TRUSTED_PROXIES);
}

/** The form's text fields as one object (files left out), for the zod schema. */
export function textFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') out[key] = value;
  return out;
}

/**
 * A form's answer from the runner's result: 201 when accepted, else the status that says why. An
 * unknown organisation is refused like a closed form (`closedKey`): the address reveals nothing.
 */
export function answerOf<T>(result: ActionResult<T>, closedKey: string) {
  if (result.ok) return answer(201, result);
  const key = result.messageKey === 'forbidden' ? closedKey : result.messageKey;
  const status = key === TOO_MANY ? 429 : key.endsWith('_closed') ? 404 : key === 'server_error' ? 500 : 400;
  return refuse(status, key, result.fieldErrors, result.messageValues);
}

export const logUnexpected = (error: unknown) => console.error('[feedback] unexpected error', error);
