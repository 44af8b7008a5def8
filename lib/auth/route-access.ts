import 'server-only';
import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth/current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can, type CurrentUser, type Permission } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';

export type RouteAccess = { ok: true; user: CurrentUser; orgId: number } | { ok: false; response: Response };

/**
 * A route handler of an organisation answers like its pages: a bad id is 404, signed out 401,
 * refused by `can(user, rule, org)` 403.
 */
export async function orgRouteAccess(idParam: string, rule: Permission): Promise<RouteAccess> {
  const orgId = parseId(idParam);
  if (orgId === null) return { ok: false, response: new Response('Not found', { status: 404 }) };
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: new Response('Sign in first', { status: 401 }) };
  const org = await loadOrgAuth(getDb(), orgId);
  if (!org || !can(user, rule, org)) return { ok: false, response: new Response('Forbidden', { status: 403 }) };
  return { ok: true, user, orgId };
}

/** A route's JSON answer for one signed-in user: never kept by a cache on the way (the lists the forms ask for). */
export function privateJson(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}
