import 'server-only';
import { NextResponse } from 'next/server';
import { ActionError, type ActionResult, fieldErrorsOf, type MessageValues } from '@/lib/action-core';
import { clientAddress } from '@/lib/client-address';
import { getEnv } from '@/lib/env';
import { TOO_MANY } from './submit';

/** What the citizens' form handlers share: the same-site check, the address, the answers. */

export function answer<T>(status: number, body: ActionResult<T>) {
  return NextResponse.json(body, { status });
}

export function refuse(status: number, messageKey: string, fieldErrors?: Record<string, string[]>, messageValues?: MessageValues) {
  return answer(status, { ok: false, messageKey, fieldErrors, ...(messageValues ? { messageValues } : {}) });
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

export { fieldErrorsOf };

export function refusalOf(error: unknown) {
  if (error instanceof ActionError) {
    const status = error.messageKey === TOO_MANY ? 429 : error.messageKey.endsWith('_closed') ? 404 : 400;
    return refuse(status, error.messageKey, error.fieldErrors, error.messageValues);
  }
  console.error('[feedback] unexpected error', error);
  return refuse(500, 'server_error');
}
