import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { organizations } from '@/db/schema';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can, type CurrentUser } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';

/**
 * Data exchange's route handlers answer like its page: signed in (401), an admin of the
 * organisation (403), and the organisation an authority (404 otherwise, as for a bad id).
 */
export async function exchangeAccess(idParam: string): Promise<{ ok: true; user: CurrentUser; orgId: number } | { ok: false; response: Response }> {
  const orgId = parseId(idParam);
  if (orgId === null) return { ok: false, response: new Response('Not found', { status: 404 }) };
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: new Response('Sign in first', { status: 401 }) };
  if (!can(user, 'org.admin', { id: orgId })) return { ok: false, response: new Response('Forbidden', { status: 403 }) };
  const [org] = await getDb().select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, orgId));
  if (org?.kind !== 'authority') return { ok: false, response: new Response('Not found', { status: 404 }) };
  return { ok: true, user, orgId };
}
