import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { FieldsForm } from '@/components/admin/fields-form';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { CONTACT_LIMITS } from '@/lib/organizations/settings/contact-fields';
import { updateContactsAction } from '@/lib/organizations/settings/actions';
import { getOrganizationSettings } from '@/lib/organizations/settings/queries';

/** Settings → Contacts (F-4.3): shown in the Contacts block of the Page tab and on Feedback. */
export default async function ContactsSettingsPage({ params }: { params: AdminPageParams }) {
  const { org } = await adminPageContext(params, 'settings/contacts', 'org.settings.edit');
  const settings = (await getOrganizationSettings({ orgId: org.id })) ?? notFound();
  const [t, tSettings] = await Promise.all([getTranslations('Contacts'), getTranslations('Settings')]);
  return (
    <AdminShell org={org} block="settings" current="contacts" title={tSettings('nav.contacts')} intro={t('intro')}>
      <FieldsForm
        action={updateContactsAction}
        hidden={{ orgId: org.id }}
        testId="contacts-form"
        fields={[
          { name: 'legalAddress', label: t('legal_address'), value: settings.legalAddress, maxLength: CONTACT_LIMITS.address, autoComplete: 'street-address' },
          { name: 'actualAddress', label: t('actual_address'), value: settings.actualAddress, maxLength: CONTACT_LIMITS.address },
          { name: 'phones', label: t('phones'), value: settings.phones, type: 'tel', maxLength: CONTACT_LIMITS.phones, hint: t('phones_hint') },
          { name: 'fax', label: t('fax'), value: settings.fax, type: 'tel', maxLength: 40 },
          { name: 'email', label: t('email'), value: settings.email, type: 'email', maxLength: CONTACT_LIMITS.email },
          { name: 'website', label: t('website'), value: settings.website, type: 'url', maxLength: CONTACT_LIMITS.website, hint: t('website_hint') },
        ]}
      />
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
