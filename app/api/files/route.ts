import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import { ActionError, type ActionResult } from '@/lib/action-core';
import { getCurrentUser } from '@/lib/auth/current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can } from '@/lib/auth/permissions';
import { invalidateOrgFromRoute } from '@/lib/cache';
import { uploadNameSchema, uploadQuerySchema } from '@/lib/content/documents/schemas';
import { storeUpload } from '@/lib/content/documents/upload';
import { cleanFileName } from '@/lib/content/documents/files';
import { getEnv } from '@/lib/env';
import { declaredTooLarge } from '@/lib/http/body';
import { crossSite } from '@/lib/http/same-origin';
import { getStorage } from '@/lib/storage';

/**
 * POST /api/files?orgId=&folderId=&public=1 — one document upload, the file itself as the body
 * and its name in `X-File-Name` (percent-encoded).
 *
 * A route handler rather than a server action: it streams the body to storage while counting
 * bytes, so memory stays flat and the limit (DOCUMENT_MAX_BYTES, read at run time) is enforced
 * with a clear message, where a server action would need a build-time body limit in
 * next.config.ts, buffer the whole multipart body and pass through the proxy's 10 MB body clone.
 * It checks the session, the permission and the input itself, like every action.
 */
type UploadResult = ActionResult<{ id: number }>;

const answer = (status: number, body: UploadResult) => NextResponse.json(body, { status });
const refuse = (status: number, messageKey: string, fieldErrors?: Record<string, string[]>) => answer(status, { ok: false, messageKey, fieldErrors });

export async function POST(request: Request) {
  if (crossSite(request)) return refuse(403, 'forbidden');

  const user = await getCurrentUser();
  if (!user) return refuse(401, 'unauthenticated');
  const query = uploadQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return refuse(400, 'invalid');
  // Documents switched off (or no such organisation): nothing is there (404); then who may upload.
  const org = await loadOrgAuth(getDb(), query.data.orgId);
  if (!org || !can(user, 'org.documents.view', org)) return refuse(404, 'Documents.folder_not_found');
  if (!can(user, 'org.documents.edit', org)) return refuse(403, 'forbidden');

  let rawName = '';
  try {
    rawName = decodeURIComponent(request.headers.get('x-file-name') ?? '');
  } catch {
    return refuse(400, 'invalid', { file: ['invalid'] });
  }
  const name = uploadNameSchema.safeParse(cleanFileName(rawName));
  if (!name.success) return refuse(400, 'invalid', { file: [name.error.issues[0]?.message ?? 'invalid'] });

  const maxBytes = getEnv().DOCUMENT_MAX_BYTES;
  if (declaredTooLarge(request, maxBytes)) return refuse(413, 'Documents.file_too_large', { file: ['Documents.file_too_large'] });
  if (request.headers.get('content-length') === '0') return refuse(400, 'Documents.file_empty', { file: ['Documents.file_empty'] });

  try {
    const stored = await storeUpload(getDb(), getStorage(), {
      orgId: org.id,
      folderId: query.data.folderId,
      name: name.data,
      isPublic: query.data.public === '1',
      userId: user.id,
      body: request.body,
      maxBytes,
    });
    invalidateOrgFromRoute(org.id, 'documents');
    return answer(201, { ok: true, data: { id: stored.id } });
  } catch (error) {
    if (error instanceof ActionError) {
      const status = error.messageKey === 'Documents.file_too_large' ? 413 : error.messageKey.endsWith('_not_found') ? 404 : 400;
      return refuse(status, error.messageKey, error.fieldErrors);
    }
    console.error('[upload] unexpected error', error);
    return refuse(500, 'server_error');
  }
}
