import { getDb } from '@/db';
import { previewImport } from '@/lib/people/import/batch';
import { headerFor, IMPORT_COLUMNS } from '@/lib/people/import/columns';
import { importAccess, readImportUpload, refuseUpload } from '@/lib/people/import/route-access';
import { orgBasics } from '@/lib/people/lookups';
import { rolesForKind } from '@/lib/people/roles';
import { todayIn } from '@/lib/time/calendar-date';

/**
 * POST multipart (file, locale): reads and checks the spreadsheet, stores the preview batch and
 * answers { ok, batchId } or { ok: false, problem: { key, params } } (keys of PersonImport).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await importAccess((await params).id);
  if (!access.ok) return access.response;
  const upload = await readImportUpload(request);
  if (!upload.ok) return upload.response;
  const { file, locale } = upload;
  const db = getDb();
  const org = await orgBasics(db, access.orgId);
  if (!org) return new Response('Not found', { status: 404 });
  const result = await previewImport(db, {
    orgId: org.id,
    userId: access.user.id,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    roles: rolesForKind(org.kind),
    today: todayIn(org.timeZone),
  });
  if (result.ok) return Response.json(result);
  const { key, params: problemParams = {}, columns } = result.problem;
  // Missing columns are keys: name them as the template in the admin's language does.
  const named = columns?.map((c) => (key === 'columns_missing' && IMPORT_COLUMNS.includes(c as never) ? headerFor(c as never, locale) : c));
  return refuseUpload(key, { ...problemParams, ...(named ? { columns: named.join(', ') } : {}) });
}
