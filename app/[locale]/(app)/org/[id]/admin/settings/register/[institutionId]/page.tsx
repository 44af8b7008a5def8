import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { HistoryList } from '@/components/admin-people/history-list';
import { CloseInstitution } from '@/components/settings/close-institution';
import { BackToRegister } from '@/components/settings/back-to-register';
import { RegisterForm } from '@/components/settings/register-form';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db';
import { parseId } from '@/lib/ids';
import type { Locale } from '@/lib/i18n/routing';
import { adminPageContext } from '@/lib/organizations/admin-page';
import { updateInstitutionAction } from '@/lib/organizations/register/actions';
import { registerFieldKey } from '@/lib/organizations/register/schemas';
import { getRegisterEntry, getRegisterHistory, registerFormOptions } from '@/lib/organizations/register/queries';
import { parsePage } from '@/lib/pagination';
import { type SearchParams, single } from '@/lib/search-params';
import { formatDateTime } from '@/lib/time/format';

const REGISTER_FIELDS = new Set([
  'fullName', 'shortName', 'fullNameRu', 'shortNameRu', 'institutionTypeId', 'organizationalStructure', 'branchOfId', 'territoryId', 'headPersonId',
  'legalAddress', 'actualAddress', 'phones', 'email', 'website', 'licenceNumber', 'licenceDate', 'licenceIssuer', 'accreditationNumber', 'accreditationDate', 'bin', 'languages', 'closedAt', 'parentId',
]);
const REGISTER_ACTIONS = new Set(['organization.register.create', 'organization.register.update', 'organization.register.close', 'organization.register.reopen']);

/** Settings → Register → one institution: its form, close or reopen, and its change history. */
export default async function RegisterEntryPage({ params, searchParams }: { params: Promise<{ locale: string; id: string; institutionId: string }>; searchParams: Promise<SearchParams> }) {
  const { institutionId: rawId } = await params;
  const institutionId = parseId(rawId) ?? notFound();
  const { org, locale } = await adminPageContext(params, `settings/register/${institutionId}`, 'org.register.manage');
  const db = getDb();
  const entry = (await getRegisterEntry(db, { authorityId: org.id, institutionId })) ?? notFound();
  const query = await searchParams;
  const page = parsePage(query.hpage);
  const [options, history, t, tPage] = await Promise.all([
    registerFormOptions(db, { authorityId: org.id, institutionId, headPersonId: entry.headPersonId, locale: locale as Locale, withMains: entry.organizationalStructure === 'branch' }),
    getRegisterHistory(db, { institutionId, page }),
    getTranslations('InstitutionRegister'),
    getTranslations('InstitutionRegisterPage'),
  ]);
  const base = `/org/${org.id}/admin/settings/register`;
  const id = (v: number | null) => (v === null ? '' : String(v));
  return (
    <AdminShell org={org} block="settings" current="register" title={entry.shortName} intro={tPage('entry_intro')}>
      {single(query.created) === '1' && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {tPage('created_named', { name: entry.shortName })}
        </p>
      )}
      {entry.closedAt && (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-testid="closed-notice">
          {tPage('closed_notice', { date: formatDateTime(entry.closedAt, locale, org.timeZone) })}
        </p>
      )}
      <RegisterForm
        action={updateInstitutionAction}
        hidden={{ orgId: org.id, institutionId }}
        options={options}
        values={{
          kind: entry.kind,
          fullName: entry.fullName,
          shortName: entry.shortName,
          fullNameRu: entry.fullNameRu,
          shortNameRu: entry.shortNameRu,
          institutionTypeId: id(entry.institutionTypeId),
          organizationalStructure: entry.organizationalStructure,
          branchOfId: id(entry.branchOfId),
          territoryId: id(entry.territoryId),
          headPersonId: id(entry.headPersonId),
          legalAddress: entry.legalAddress,
          actualAddress: entry.actualAddress,
          phones: entry.phones,
          email: entry.email,
          website: entry.website,
          licenceNumber: entry.licenceNumber,
          licenceDate: entry.licenceDate ?? '',
          licenceIssuer: entry.licenceIssuer,
          accreditationNumber: entry.accreditationNumber,
          accreditationDate: entry.accreditationDate ?? '',
          bin: entry.bin ?? '',
          languages: entry.languages,
        }}
      />
      <section aria-labelledby="close-heading" className="flex max-w-3xl flex-col gap-2 card">
        <h3 id="close-heading" className="font-semibold">{tPage(entry.closedAt ? 'reopen_heading' : 'close_heading')}</h3>
        <p className="text-sm text-neutral-700">{tPage(entry.closedAt ? 'reopen_explain' : 'close_explain')}</p>
        <CloseInstitution orgId={org.id} institutionId={institutionId} name={entry.shortName} closed={entry.closedAt !== null} />
      </section>
      <section aria-labelledby="history-heading" className="card">
        <h3 id="history-heading" className="mb-3 font-semibold">{tPage('history')}</h3>
        <HistoryList
          rows={history.rows}
          locale={locale}
          timeZone={org.timeZone}
          labels={{
            field: (field) => (REGISTER_FIELDS.has(field) ? t(registerFieldKey(field) as never) : null),
            action: (action) => (REGISTER_ACTIONS.has(action) ? tPage(`action_${action.split('.')[2]}` as never) : action.startsWith('organization.') ? tPage('action_settings') : null),
          }}
        />
        <Pagination pathname={`${base}/${institutionId}`} query={{}} page={page} total={history.total} pageSize={history.pageSize} param="hpage" />
      </section>
      <BackToRegister orgId={org.id} />
    </AdminShell>
  );
}
