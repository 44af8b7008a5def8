import 'server-only';
import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth/current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can, type CurrentUser } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';
import { type Locale, toLocale } from '@/lib/i18n/routing';

/**
 * The import's route handlers (template, upload, error list) answer like the pages: signed in
 * (401 otherwise) and an admin of the organisation (403 otherwise); a bad id is 404.
 */
export async function importAccess(idParam: string): Promise<{ ok: true; user: CurrentUser; orgId: number } | { ok: false; response: Response }> {
  const orgId = parseId(idParam);
  if (orgId === null) return { ok: false, response: new Response('Not found', { status: 404 }) };
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: new Response('Sign in first', { status: 401 }) };
  const org = await loadOrgAuth(getDb(), orgId);
  if (!org || !can(user, 'org.people.manage', org)) return { ok: false, response: new Response('Forbidden', { status: 403 }) };
  return { ok: true, user, orgId };
}

export function localeOf(value: FormDataEntryValue | string | null): Locale {
  return toLocale(typeof value === 'string' ? value : 'kk');
}

export function download(file: { body: Uint8Array; contentType: string; fileName: string }): Response {
  return new Response(file.body as BodyInit, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
