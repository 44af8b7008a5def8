import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { organizations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { importAccess } from '@/lib/people/import/route-access';

/**
 * Data exchange's route handlers answer like the people import's (signed in, else 401; an admin
 * of the organisation, else 403), and the organisation must be an authority (404 otherwise).
 */
export async function exchangeAccess(idParam: string): Promise<{ ok: true; user: CurrentUser; orgId: number } | { ok: false; response: Response }> {
  const access = await importAccess(idParam);
  if (!access.ok) return access;
  const [org] = await getDb().select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, access.orgId));
  if (org?.kind !== 'authority') return { ok: false, response: new Response('Not found', { status: 404 }) };
  return access;
}
