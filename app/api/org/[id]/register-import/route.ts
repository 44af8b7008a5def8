import { getDb } from '@/db';
import { orgRouteAccess } from '@/lib/auth/route-access';
import { previewRegisterImport } from '@/lib/organizations/register/import/batch';
import { registerColumnHeader } from '@/lib/organizations/register/import/columns';
import { readImportUpload, refuseUpload } from '@/lib/people/import/route-access';

/**
 * POST multipart (file, locale) — Settings → Register → Import: reads and checks the file, keeps
 * the preview and answers { ok, batchId } or { ok: false, problem } as the people import does.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await orgRouteAccess((await params).id, 'org.register.manage');
  if (!access.ok) return access.response;
  const upload = await readImportUpload(request);
  if (!upload.ok) return upload.response;
  const { file, locale } = upload;
  const result = await previewRegisterImport(getDb(), { authorityId: access.orgId, user: access.user, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (result.ok) return Response.json(result);
  const { key, params: problemParams = {}, columns } = result.problem;
  const named = columns?.map((c) => (key === 'columns_missing' ? registerColumnHeader(c, locale) : c));
  return refuseUpload(key, { ...problemParams, ...(named ? { columns: named.join(', ') } : {}) });
}
