import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { LinkTabs } from '@/components/ui/link-tabs';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db';
import { NavLink } from '@/components/ui/nav-link';
import type { Locale } from '@/lib/i18n/routing';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { listRegister } from '@/lib/organizations/register/queries';
import { REGISTER_PAGE_SIZE } from '@/lib/organizations/register/schemas';
import { parsePage } from '@/lib/pagination';
import { type SearchParams, searchText, single } from '@/lib/search-params';
import { type Column, DataTable } from '@/components/ui/data-table';
import { SearchForm } from '@/components/ui/search-form';

type RegisterRow = Awaited<ReturnType<typeof listRegister>>['rows'][number];

/**
 * Settings → Register of institutions (issue 12 §1): the institutions within the authority's
 * jurisdiction, open or closed, searched by name or BIN, a page at a time; each opens its form.
 */
export default async function RegisterPage({ params, searchParams }: { params: AdminPageParams; searchParams: Promise<SearchParams> }) {
  const { org, locale } = await adminPageContext(params, 'settings/register', 'org.register.manage');
  const query = await searchParams;
  const status = single(query.status) === 'closed' ? 'closed' : 'open';
  const q = searchText(query.q);
  const page = parsePage(query.page);
  const list = await listRegister(getDb(), { authorityId: org.id, status, q, page, locale: locale as Locale });
  const [t, tForm, tSettings, tImport] = await Promise.all([getTranslations('InstitutionRegisterPage'), getTranslations('InstitutionRegister'), getTranslations('Settings'), getTranslations('RegisterImport')]);
  const pathname = `/org/${org.id}/admin/settings/register`;
  const columns: Array<Column<RegisterRow>> = [
    {
      id: 'name',
      header: t('col_name'),
      cell: (row) => (
        <NavLink href={`${pathname}/${row.id}`} className="text-sky-800 underline">
          {row.shortName}
        </NavLink>
      ),
    },
    { id: 'type', header: t('col_type'), cell: (row) => (row.kind === 'authority' ? tForm('kind_authority') : row.typeName) },
    { id: 'bin', header: t('col_bin'), cell: (row) => row.bin ?? '—' },
  ];
  return (
    <AdminShell org={org} block="settings" current="register" title={tSettings('nav.register')} intro={t('intro')}>
      <div className="flex flex-wrap items-center gap-3">
        <ButtonLink href={`${pathname}/new`}>
          {t('add')}
        </ButtonLink>
        <ButtonLink href={`${pathname}/import`} variant="outline">
          {tImport('import_link')}
        </ButtonLink>
      </div>
      <LinkTabs
        label={t('status_label')}
        tabs={[
          { key: 'open', href: { pathname, query: q ? { q } : {} }, label: t('status_open') },
          { key: 'closed', href: { pathname, query: { status: 'closed', ...(q ? { q } : {}) } }, label: t('status_closed') },
        ]}
        current={status}
      />
      <SearchForm
        id="register-q"
        label={t('search_label')}
        fieldLabel={t('search_name')}
        submit={t('search')}
        q={q}
        hidden={{ status: status === 'closed' ? 'closed' : undefined }}
        className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm"
      />
      <div className="rounded-lg bg-white p-4 shadow-sm">
        <DataTable
          columns={columns}
          rows={list.rows}
          rowKey={(row) => row.id}
          caption={t('list_caption', { total: list.total })}
          testId="register-list"
          empty={<p className="text-neutral-600">{q ? t('nothing_found') : t(status === 'open' ? 'empty_open' : 'empty_closed')}</p>}
          pagination={<Pagination pathname={pathname} query={{ status: status === 'closed' ? 'closed' : undefined, q: q || undefined }} page={page} total={list.total} pageSize={REGISTER_PAGE_SIZE} />}
        />
      </div>
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
