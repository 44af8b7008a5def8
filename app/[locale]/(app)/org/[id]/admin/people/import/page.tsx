import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConfirmImport, ImportFrame } from '@/components/admin-people/import/import-frame';
import { ImportBatchRows } from '@/components/admin-people/import/import-batch-rows';
import { ImportPreviewTable } from '@/components/admin-people/import/import-preview-table';
import { ImportUpload } from '@/components/admin-people/import/import-upload';
import { PeopleHeader } from '@/components/admin-people/people-header';
import { getDb } from '@/db';
import { NavLink } from '@/components/ui/nav-link';
import { toLocale } from '@/lib/i18n/routing';
import { pageWindow, parsePage } from '@/lib/pagination';
import { requirePeopleAdmin } from '@/lib/people/admin/context';
import { batchRows, batchSummary } from '@/lib/people/import/batch';
import { formatDateTime } from '@/lib/time/format';
import { single } from '@/lib/search-params';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('PersonImport');
  return { title: t('title') };
}

/** Import from a spreadsheet: upload → preview of every row → Confirm (F-3.2 in bulk). */
export default async function PeopleImportPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = toLocale(rawLocale);
  const query = await searchParams;
  const { org } = await requirePeopleAdmin(id, locale, '/import');
  const t = await getTranslations('PersonImport');
  const db = getDb();
  const batchId = single(query.batch) ?? '';
  const batch = batchId ? await batchSummary(db, { orgId: org.id, batchId }) : null;
  const pathname = `/org/${org.id}/admin/people/import`;
  const api = `/api/org/${org.id}`;
  const onlyErrors = single(query.errors) === '1';
  const page = parsePage(query.page);
  const rows = batch ? await batchRows(db, { orgId: org.id, batchId: batch.id, onlyErrors, ...pageWindow(page) }) : [];
  const errorListHref = batch ? `${api}/people-import/${batch.id}/errors?locale=${locale}` : '';
  const another = (
    <NavLink href={pathname} className="text-sky-800 underline">
      {t('upload_another')}
    </NavLink>
  );
  return (
    <div className="flex flex-col gap-4">
      <PeopleHeader orgId={org.id} orgName={org.shortName} title={t('title')} trail={[{ label: t('title') }]} />
      {!batch ? (
        <section className="flex flex-col gap-3 card">
          {batchId && <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">{t('batch_gone')}</p>}
          <p>{t('intro')}</p>
          <p className="text-sm text-neutral-700">{t('columns_note')}</p>
          <p className="flex gap-3">
            {t('template')}
            <a href={`${api}/people-import-template?format=xlsx&locale=${locale}`} className="text-sky-800 underline">
              {t('template_xlsx')}
            </a>
            <a href={`${api}/people-import-template?format=csv&locale=${locale}`} className="text-sky-800 underline">
              {t('template_csv')}
            </a>
          </p>
          <ImportUpload endpoint={`${api}/people-import`} previewPath={pathname} />
        </section>
      ) : (
        <section className="flex flex-col gap-3 card">
          <p data-testid="import-summary">{t('summary', { file: batch.fileName, total: batch.total, valid: batch.total - batch.invalid, invalid: batch.invalid })}</p>
          <ImportFrame key={batch.id} errorListHref={errorListHref}>
            <div className="flex flex-col gap-3">
              {batch.committedAt ? (
                <>
                  <p role="status">{t('already_committed', { date: formatDateTime(batch.committedAt, locale, org.timeZone) })}</p>
                  {batch.invalid > 0 && (
                    <a href={errorListHref} className="text-sky-800 underline">
                      {t('error_list')}
                    </a>
                  )}
                </>
              ) : batch.total - batch.invalid > 0 ? (
                <ConfirmImport orgId={org.id} batchId={batch.id} count={batch.total - batch.invalid} />
              ) : (
                <p role="status">{t('nothing_valid')}</p>
              )}
              <ImportBatchRows pathname={pathname} batchId={batch.id} onlyErrors={onlyErrors} page={page} total={batch.total} invalid={batch.invalid}>
                <ImportPreviewTable rows={rows} locale={locale} />
              </ImportBatchRows>
            </div>
          </ImportFrame>
          {another}
        </section>
      )}
    </div>
  );
}
