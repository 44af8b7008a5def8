import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import { ActionError, type ActionResult } from '@/lib/action-core';
import { getCurrentUser } from '@/lib/auth/current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can } from '@/lib/auth/permissions';
import { invalidateOrgFromRoute } from '@/lib/cache';
import { parseId } from '@/lib/ids';
import { LOGO_MAX_BYTES, replaceLogo } from '@/lib/organizations/logo';
import { getStorage } from '@/lib/storage';
import { BodyTooLargeError, readBody } from '@/lib/http/body';
import { crossSite } from '@/lib/http/same-origin';

/**
 * POST /api/logo?orgId= — the new logo as the body. A route handler, like document uploads, so a
 * file past 4 MB gets the guide's message instead of the framework's body-size error. Admins only;
 * the session, the permission and the file are checked here.
 */
type Result = ActionResult<{ width: number; height: number }>;
const refuse = (status: number, messageKey: string) => NextResponse.json<Result>({ ok: false, messageKey, fieldErrors: { file: [messageKey] } }, { status });

export async function POST(request: Request) {
  if (crossSite(request)) return refuse(403, 'forbidden');
  const user = await getCurrentUser();
  if (!user) return refuse(401, 'unauthenticated');
  const orgId = parseId(new URL(request.url).searchParams.get('orgId') ?? '');
  if (orgId === null) return refuse(400, 'invalid');
  const org = await loadOrgAuth(getDb(), orgId);
  if (!org || !can(user, 'org.settings.edit', org)) return refuse(403, 'forbidden');
  try {
    const bytes = await readBody(request, LOGO_MAX_BYTES);
    const logo = await replaceLogo(getDb(), getStorage(), { orgId, userId: user.id, bytes });
    invalidateOrgFromRoute(orgId, 'profile');
    return NextResponse.json<Result>({ ok: true, data: { width: logo.width, height: logo.height } }, { status: 201 });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(413, 'Logo.too_large');
    if (error instanceof ActionError) return refuse(error.messageKey === 'forbidden' ? 403 : 400, error.messageKey);
    console.error('[logo] unexpected error', error);
    return refuse(500, 'server_error');
  }
}
