import { getDb } from '@/db';
import { BodyMalformedError, BodyTooLargeError, readForm } from '@/lib/http/body';
import { previewImport } from '@/lib/people/import/batch';
import { headerFor, IMPORT_COLUMNS } from '@/lib/people/import/columns';
import { MAX_IMPORT_BYTES } from '@/lib/people/import/read-file';
import { importAccess, localeOf } from '@/lib/people/import/route-access';
import { orgBasics } from '@/lib/people/lookups';
import { rolesForKind } from '@/lib/people/roles';
import { todayIn } from '@/lib/time/calendar-date';

/**
 * POST multipart (file, locale): reads and checks the spreadsheet, stores the preview batch and
 * answers { ok, batchId } or { ok: false, problem: { key, params } } (keys of PersonImport).
 * A route handler, not a server action: actions stop at 1 MB, the import allows 5 MB.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await importAccess((await params).id);
  if (!access.ok) return access.response;
  const refuse = (key: string, params: Record<string, string | number> = {}, status = 400) => Response.json({ ok: false, problem: { key, params } }, { status });
  let form: FormData;
  try {
    form = await readForm(request, MAX_IMPORT_BYTES + 64 * 1024);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse('file_too_large', {}, 413);
    if (error instanceof BodyMalformedError) return refuse('file_missing');
    throw error;
  }
  const locale = localeOf(form.get('locale'));
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse('file_missing');
  if (file.size > MAX_IMPORT_BYTES) return refuse('file_too_large', {}, 413);
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
  return refuse(key, { ...problemParams, ...(named ? { columns: named.join(', ') } : {}) });
}
