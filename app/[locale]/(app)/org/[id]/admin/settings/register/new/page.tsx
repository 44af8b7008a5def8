import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/admin-shell';
import { BackToRegister } from '@/components/settings/back-to-register';
import { RegisterForm } from '@/components/settings/register-form';
import { getDb } from '@/db';
import type { Locale } from '@/lib/i18n/routing';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { createInstitutionAction } from '@/lib/organizations/register/actions';
import { registerFormOptions } from '@/lib/organizations/register/queries';

/** Settings → Register → Add an institution or a lower authority: every field of F-7.2; the head is chosen once it has people. */
export default async function NewInstitutionPage({ params }: { params: AdminPageParams }) {
  const { org, locale } = await adminPageContext(params, 'settings/register/new', 'org.register.manage');
  const options = await registerFormOptions(getDb(), { authorityId: org.id, institutionId: null, headPersonId: null, locale: locale as Locale, withMains: false });
  const t = await getTranslations('InstitutionRegisterPage');
  const base = `/org/${org.id}/admin/settings/register`;
  return (
    <AdminShell org={org} block="settings" current="register" title={t('new_title')} intro={t('new_intro')}>
      <RegisterForm
        action={createInstitutionAction}
        hidden={{ orgId: org.id }}
        createdPath={base}
        options={options}
        values={{
          kind: 'institution',
          fullName: '',
          shortName: '',
          fullNameRu: '',
          shortNameRu: '',
          institutionTypeId: '',
          organizationalStructure: 'independent',
          branchOfId: '',
          territoryId: '',
          headPersonId: '',
          legalAddress: '',
          actualAddress: '',
          phones: '',
          email: '',
          website: '',
          licenceNumber: '',
          licenceDate: '',
          licenceIssuer: '',
          accreditationNumber: '',
          accreditationDate: '',
          bin: '',
          languages: [],
        }}
      />
      <BackToRegister orgId={org.id} />
    </AdminShell>
  );
}
