import 'server-only';
import { NextResponse } from 'next/server';
import type { ActionResult } from '@/lib/action-core';

/** What the citizens' form handlers share: the same-site check, the address, the answers. */

export function answer<T>(status: number, body: ActionResult<T>) {
  return NextResponse.json(body, { status });
}

export function refuse(status: number, messageKey: string, fieldErrors?: Record<string, string[]>) {
  return answer(status, { ok: false, messageKey, fieldErrors });
}

/** Browsers send Origin with every cross-site POST: only our own pages post these forms. */
export function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== (request.headers.get('x-forwarded-host') ?? request.headers.get('host'));
  } catch {
    return true;
  }
}

/** The client's address as the server (or the proxy in front of it) saw it. */
export function clientAddress(request: Request): string | null {
  const forwarded = request.headers.get('x-forwarded-for');
  return forwarded ? forwarded.split(',')[0]!.trim() || null : null;
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
  const status = key === 'Feedback.too_many' ? 429 : key.endsWith('_closed') ? 404 : key === 'server_error' ? 500 : 400;
  return refuse(status, key, result.fieldErrors);
}

export const logUnexpected = (error: unknown) => console.error('[feedback] unexpected error', error);
