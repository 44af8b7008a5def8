import 'server-only';
import { NextResponse } from 'next/server';
import { ActionError, type ActionResult, fieldErrorsOf } from '@/lib/action-core';

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

export { fieldErrorsOf };

export function refusalOf(error: unknown) {
  if (error instanceof ActionError) {
    const status = error.messageKey === 'Feedback.too_many' ? 429 : error.messageKey.endsWith('_closed') ? 404 : 400;
    return refuse(status, error.messageKey, error.fieldErrors);
  }
  console.error('[feedback] unexpected error', error);
  return refuse(500, 'server_error');
}
