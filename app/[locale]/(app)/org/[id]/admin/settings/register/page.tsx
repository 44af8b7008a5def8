import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { LinkTabs } from '@/components/ui/link-tabs';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { listRegister } from '@/lib/organizations/register/queries';
import { REGISTER_PAGE_SIZE } from '@/lib/organizations/register/schemas';
import { parsePage } from '@/lib/pagination';
import { type SearchParams, single } from '@/lib/search-params';

/**
 * Settings → Register of institutions (issue 12 §1): the institutions within the authority's
 * jurisdiction, open or closed, searched by name or BIN, a page at a time; each opens its form.
 */
export default async function RegisterPage({ params, searchParams }: { params: AdminPageParams; searchParams: Promise<SearchParams> }) {
  const { org, locale } = await adminPageContext(params, 'settings/register', 'org.register.manage');
  const query = await searchParams;
  const status = single(query.status) === 'closed' ? 'closed' : 'open';
  const q = (single(query.q) ?? '').trim().slice(0, 100);
  const page = parsePage(query.page);
  const list = await listRegister(getDb(), { authorityId: org.id, status, q, page, locale: locale as Locale });
  const [t, tSettings, tImport] = await Promise.all([getTranslations('InstitutionRegister'), getTranslations('Settings'), getTranslations('RegisterImport')]);
  const pathname = `/org/${org.id}/admin/settings/register`;
  const authorityLabel = (await getTranslations('InstitutionRegister'))('kind_authority');
  return (
    <AdminShell org={org} block="settings" current="register" title={tSettings('nav.register')} intro={t('intro')}>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`${pathname}/new`} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900">
          {t('add')}
        </Link>
        <Link href={`${pathname}/import`} className="rounded border border-sky-800 px-4 py-2 text-sky-900 hover:bg-sky-50">
          {tImport('import_link')}
        </Link>
      </div>
      <LinkTabs
        label={t('status_label')}
        tabs={[
          { key: 'open', href: { pathname, query: q ? { q } : {} }, label: t('status_open') },
          { key: 'closed', href: { pathname, query: { status: 'closed', ...(q ? { q } : {}) } }, label: t('status_closed') },
        ]}
        current={status}
      />
      <form method="get" role="search" aria-label={t('search_label')} className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm">
        {status === 'closed' && <input type="hidden" name="status" value="closed" />}
        <div className="flex flex-col gap-1">
          <label htmlFor="register-q" className="text-sm font-medium">
            {t('search_name')}
          </label>
          <input id="register-q" name="q" defaultValue={q} maxLength={100} className="rounded border border-neutral-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900">
          {t('search')}
        </button>
      </form>
      <div className="rounded-lg bg-white p-4 shadow-sm">
        {list.rows.length === 0 ? (
          <p className="text-neutral-600">{q ? t('nothing_found') : t(status === 'open' ? 'empty_open' : 'empty_closed')}</p>
        ) : (
          <table className="w-full text-left text-sm" data-testid="register-list">
            <caption className="sr-only">{t('list_caption', { total: list.total })}</caption>
            <thead className="border-b border-neutral-200 text-neutral-600">
              <tr>
                <th scope="col" className="py-2 pr-3">{t('col_name')}</th>
                <th scope="col" className="py-2 pr-3">{t('col_type')}</th>
                <th scope="col" className="py-2">{t('col_bin')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-b border-neutral-100 last:border-0">
                  <td className="py-2 pr-3">
                    <Link href={`${pathname}/${row.id}`} className="text-sky-800 underline">
                      {row.shortName}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{row.kind === 'authority' ? authorityLabel : row.typeName}</td>
                  <td className="py-2">{row.bin ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination pathname={pathname} query={{ status: status === 'closed' ? 'closed' : undefined, q: q || undefined }} page={page} total={list.total} pageSize={REGISTER_PAGE_SIZE} />
      </div>
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
