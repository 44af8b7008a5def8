import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { FieldsForm } from '@/components/admin/fields-form';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { updateAboutAction } from '@/lib/organizations/settings/actions';
import { NAME_LIMITS } from '@/lib/organizations/settings/schemas';
import { getOrganizationSettings } from '@/lib/organizations/settings/queries';

/** Settings → About (F-4.1): short and full name, admins only. */
export default async function AboutSettingsPage({ params }: { params: AdminPageParams }) {
  const { org } = await adminPageContext(params, 'settings/about', 'org.settings.edit');
  const settings = (await getOrganizationSettings({ orgId: org.id })) ?? notFound();
  const t = await getTranslations('Settings');
  return (
    <AdminShell org={org} block="settings" current="about" title={t('nav.about')} intro={t('about_intro')}>
      <FieldsForm
        action={updateAboutAction}
        hidden={{ orgId: org.id }}
        testId="about-form"
        fields={[
          { name: 'shortName', label: t('short_name'), value: settings.shortName, maxLength: NAME_LIMITS.shortName, required: true, hint: t('short_name_hint') },
          { name: 'fullName', label: t('full_name'), value: settings.fullName, maxLength: NAME_LIMITS.fullName, required: true, multiline: true, rows: 2 },
        ]}
      />
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
