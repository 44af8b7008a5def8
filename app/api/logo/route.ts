import { NextResponse } from 'next/server';
import { ActionError, type ActionResult } from '@/lib/action-core';
import { getCurrentUser } from '@/lib/auth/current-user';
import { BodyTooLargeError, readBody } from '@/lib/http/body';
import { crossSite } from '@/lib/http/same-origin';
import { LOGO_MAX_BYTES, replaceLogoCommand } from '@/lib/organizations/settings/logo';
import { runFromRoute } from '@/lib/server-action';

/**
 * POST /api/logo?orgId= — the new logo as the body. A route handler, like document uploads, so a
 * file past 4 MB gets the guide's message instead of the framework's body-size error. The one
 * runner checks the session, `can` (admins only) and the input; the body is read after that.
 */
type Result = ActionResult<{ width: number; height: number }>;
const refuse = (status: number, messageKey: string) => NextResponse.json<Result>({ ok: false, messageKey, fieldErrors: { file: [messageKey] } }, { status });

const STATUS: Record<string, number> = { unauthenticated: 401, forbidden: 403, 'Logo.too_large': 413, server_error: 500 };

export async function POST(request: Request) {
  if (crossSite(request)) return refuse(403, 'forbidden');
  const body = async () => {
    try {
      return await readBody(request, LOGO_MAX_BYTES);
    } catch (error) {
      throw error instanceof BodyTooLargeError ? new ActionError('Logo.too_large') : error;
    }
  };
  const orgId = new URL(request.url).searchParams.get('orgId') ?? '';
  const result = await runFromRoute(replaceLogoCommand, await getCurrentUser(), { orgId, body }, (error) => console.error('[logo] unexpected error', error));
  if (result.ok) return NextResponse.json<Result>(result, { status: 201 });
  return refuse(STATUS[result.messageKey] ?? 400, result.messageKey);
}
