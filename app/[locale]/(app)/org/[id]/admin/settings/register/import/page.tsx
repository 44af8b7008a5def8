import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/admin-shell';
import { ImportBatchRows } from '@/components/admin-people/import/import-batch-rows';
import { ImportUpload } from '@/components/admin-people/import/import-upload';
import { BackToRegister } from '@/components/settings/back-to-register';
import { RegisterImportConfirm } from '@/components/settings/register-import-confirm';
import { RegisterImportTable } from '@/components/settings/register-import-table';
import { getDb } from '@/db';
import { NavLink } from '@/components/ui/nav-link';
import { toLocale } from '@/lib/i18n/routing';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import type { RegisterImportRow } from '@/lib/organizations/register/import/apply';
import { pageWindow, parsePage } from '@/lib/pagination';
import { batchRows, batchSummary } from '@/lib/people/import/batch';
import { MAX_IMPORT_ROWS } from '@/lib/people/import/read-file';
import { type SearchParams, single } from '@/lib/search-params';
import { formatDateTime } from '@/lib/time/format';

async function committedCounts(db: ReturnType<typeof getDb>, orgId: number, batchId: string) {
  const rows = await batchRows<RegisterImportRow>(db, { orgId, batchId, kind: 'register', onlyErrors: false, limit: MAX_IMPORT_ROWS, offset: 0 });
  const count = (outcome: RegisterImportRow['outcome']) => rows.filter((r) => !r.errors && r.outcome === outcome).length;
  return { created: count('create'), updated: count('update'), unchanged: count('unchanged'), failed: rows.filter((r) => r.errors).length };
}

/**
 * Settings → Register → Import (issue 12 §1): upload an XLSX or CSV, see what each row would do
 * or why it is refused, then Confirm writes every valid row at once — the people import's flow.
 */
export default async function RegisterImportPage({ params, searchParams }: { params: AdminPageParams; searchParams: Promise<SearchParams> }) {
  const { org, locale: rawLocale } = await adminPageContext(params, 'settings/register/import', 'org.register.manage');
  const locale = toLocale(rawLocale);
  const query = await searchParams;
  const [t, tImport] = await Promise.all([getTranslations('RegisterImport'), getTranslations('PersonImport')]);
  const db = getDb();
  const batchId = single(query.batch) ?? '';
  const batch = batchId ? await batchSummary(db, { orgId: org.id, batchId, kind: 'register' }) : null;
  const pathname = `/org/${org.id}/admin/settings/register/import`;
  const onlyErrors = single(query.errors) === '1';
  const page = parsePage(query.page);
  const rows = batch ? await batchRows<RegisterImportRow>(db, { orgId: org.id, batchId: batch.id, kind: 'register', onlyErrors, ...pageWindow(page) }) : [];
  return (
    <AdminShell org={org} block="settings" current="register" title={t('title')} intro={t('intro')}>
      {!batch ? (
        <section className="flex flex-col gap-3 card">
          {batchId && <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">{tImport('batch_gone')}</p>}
          <p className="text-sm text-neutral-700">{t('columns_note')}</p>
          <ImportUpload endpoint={`/api/org/${org.id}/register-import`} previewPath={pathname} />
        </section>
      ) : (
        <section className="flex flex-col gap-3 card">
          <p data-testid="import-summary">{tImport('summary', { file: batch.fileName, total: batch.total, valid: batch.total - batch.invalid, invalid: batch.invalid })}</p>
          {batch.committedAt ? (
            <>
              <p role="status">{tImport('already_committed', { date: formatDateTime(batch.committedAt, locale, org.timeZone) })}</p>
              {/* Confirm refreshes the page: what it wrote is read back from the batch's saved outcomes. */}
              <p className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-800" data-testid="import-result">
                {t('committed', await committedCounts(db, org.id, batch.id))}
              </p>
            </>
          ) : batch.total - batch.invalid > 0 ? (
            <RegisterImportConfirm key={batch.id} orgId={org.id} batchId={batch.id} count={batch.total - batch.invalid} />
          ) : (
            <p role="status">{tImport('nothing_valid')}</p>
          )}
          <ImportBatchRows pathname={pathname} batchId={batch.id} onlyErrors={onlyErrors} page={page} total={batch.total} invalid={batch.invalid}>
            <RegisterImportTable rows={rows} committed={batch.committedAt !== null} />
          </ImportBatchRows>
          <NavLink href={pathname} className="text-sky-800 underline">
            {tImport('upload_another')}
          </NavLink>
        </section>
      )}
      <BackToRegister orgId={org.id} />
    </AdminShell>
  );
}
