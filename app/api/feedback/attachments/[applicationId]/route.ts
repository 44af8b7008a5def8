import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth/current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import { can } from '@/lib/auth/permissions';
import { contentDisposition } from '@/lib/content/documents/files';
import { findApplicationAttachment } from '@/lib/feedback/read';
import { parseId } from '@/lib/ids';
import { getStorage } from '@/lib/storage';
import { OCTET_STREAM } from '@/lib/storage/detect-type';
import { downloadName } from '@/lib/storage/download-name';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** GET /api/feedback/attachments/{applicationId}: a citizen's attachment, to the organisation's admins only. */
export async function GET(_request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  const id = parseId((await params).applicationId);
  if (id === null) return notFound();
  const attachment = await findApplicationAttachment(getDb(), id);
  const org = attachment && (await loadOrgAuth(getDb(), attachment.organizationId));
  if (!attachment || !org || !can(await getCurrentUser(), 'org.settings.edit', org)) return notFound();
  const body = await getStorage().get(attachment.key);
  if (!body) return notFound();
  const type = attachment.type ?? OCTET_STREAM;
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': contentDisposition(downloadName(attachment.name ?? 'attachment', type)),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
