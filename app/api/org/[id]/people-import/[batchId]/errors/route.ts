import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { batchRows, batchSummary } from '@/lib/people/import/batch';
import { errorListCsv } from '@/lib/people/import/files';
import { MAX_IMPORT_ROWS } from '@/lib/people/import/read-file';
import { download, importAccess, localeOf } from '@/lib/people/import/route-access';

/** GET ?locale=kk — the batch's rows with errors as CSV: the cells as given plus the reasons. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; batchId: string }> }) {
  const { id, batchId } = await params;
  const access = await importAccess(id);
  if (!access.ok) return access.response;
  const db = getDb();
  if (!(await batchSummary(db, { orgId: access.orgId, batchId }))) return new Response('Not found', { status: 404 });
  const locale = localeOf(new URL(request.url).searchParams.get('locale'));
  const rows = await batchRows(db, { orgId: access.orgId, batchId, onlyErrors: true, limit: MAX_IMPORT_ROWS, offset: 0 });
  const t = await getTranslations({ locale });
  const tImport = await getTranslations({ locale, namespace: 'PersonImport' });
  const explain = (key: string) => t((key.includes('.') ? key : `Validation.${key}`) as never);
  return download(errorListCsv(rows, locale, { line: tImport('col_line'), problems: tImport('problems_header') }, explain));
}
