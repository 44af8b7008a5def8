import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth/current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can } from '@/lib/auth/permissions';
import { getDocumentForDownload } from '@/lib/content/documents/store';
import { contentDisposition } from '@/lib/content/documents/files';
import { parseId } from '@/lib/ids';
import { getStorage } from '@/lib/storage';
import { downloadName } from '@/lib/storage/download-name';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * GET /api/files/{documentId}: a public document (not in the bin, function on) to anyone, signed
 * in or not (org.documents.view); a binned or non-public one only to the organisation's staff
 * while the function is on (org.documents.private). Others get 404: the address reveals nothing.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const id = parseId((await params).documentId);
  if (id === null) return notFound();
  const doc = await getDocumentForDownload(getDb(), id);
  if (!doc) return notFound();
  const org = await loadOrgAuth(getDb(), doc.organizationId);
  if (!org) return notFound();
  const open = doc.isPublic && doc.reachable && can(null, 'org.documents.view', org);
  if (!open && !can(await getCurrentUser(), 'org.documents.private', org)) return notFound();

  const body = await getStorage().get(doc.storageKey);
  if (!body) return notFound();
  return new Response(body, {
    headers: {
      'Content-Type': doc.mimeType,
      'Content-Length': String(doc.sizeBytes),
      'Content-Disposition': contentDisposition(downloadName(doc.name, doc.mimeType)),
      'X-Content-Type-Options': 'nosniff',
      // Even if a browser renders it, an uploaded file runs no script on our origin.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': open ? 'public, no-cache' : 'private, no-store',
    },
  });
}
