import { getDb } from '@/db';
import { contentDisposition } from '@/lib/content/documents/files';
import { CSV_CONTENT_TYPE, csvDialect, csvResponseBody, isCsvFlavour } from '@/lib/export/csv';
import { xlsxResponseBody } from '@/lib/export/xlsx';
import { toLocale } from '@/lib/i18n/routing';
import { reportAccessForRequest } from '@/lib/reports/access';
import { exportMeta, EXPORT_CONTROL_PARAMS } from '@/lib/reports/export-meta';
import { reportByKey } from '@/lib/reports/registry';
import { runReport } from '@/lib/reports/run';
import { tabulate } from '@/lib/reports/tabulate';
import { paramsOf } from '@/lib/reports/territory';
import { reportTranslator } from '@/lib/reports/translate';

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * GET /api/export/{report}?org={authorityId}&format=xlsx|csv|csv-excel&locale=kk&…filters: the whole
 * result of the report (never just the rows on screen), from the same definition as the page.
 * Only the authority's staff; anyone else, an unknown report or organisation gets 404, a filter
 * that does not hold 400 with the reason in the user's language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const url = new URL(request.url);
  const locale = toLocale(url.searchParams.get('locale') ?? '');
  const definition = reportByKey((await params).report);
  const format = url.searchParams.get('format') ?? 'xlsx';
  if (!definition || (format !== 'xlsx' && !isCsvFlavour(format))) return plain(404, 'Not found');
  const access = await reportAccessForRequest(url.searchParams.get('org'), locale);
  if (!access) return plain(404, 'Not found');

  const filterParams = paramsOf(url.searchParams);
  for (const key of EXPORT_CONTROL_PARAMS) delete filterParams[key];
  const run = await runReport(getDb(), definition, access.scope, locale, filterParams, access.today);
  const t = await reportTranslator(locale);
  if (!run.ok) return plain(400, t(`Reports.${run.error}`));

  const table = tabulate(definition, run.filters, run.result, t);
  const meta = exportMeta(definition, access, t, definition.params(run.filters));
  const fileName = `${definition.key}-${access.today}.${format === 'xlsx' ? 'xlsx' : 'csv'}`;
  const headers = { 'Content-Disposition': contentDisposition(fileName), 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
  if (format !== 'xlsx') return new Response(csvResponseBody(table, meta, csvDialect(format, locale)), { headers: { ...headers, 'Content-Type': CSV_CONTENT_TYPE } });
  return new Response(xlsxResponseBody(table, { ...meta, sheetName: meta.title }), {
    headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
}
