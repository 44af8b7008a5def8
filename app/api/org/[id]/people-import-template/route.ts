import { importTemplate } from '@/lib/people/import/files';
import { download, importAccess, localeOf } from '@/lib/people/import/route-access';

/** GET ?format=xlsx|csv&locale=kk — the empty import template, headers in the admin's language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await importAccess((await params).id);
  if (!access.ok) return access.response;
  const query = new URL(request.url).searchParams;
  const format = query.get('format') === 'csv' ? 'csv' : 'xlsx';
  return download(await importTemplate(format, localeOf(query.get('locale'))));
}
