import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { SubordinateTypesForm } from '@/components/settings/subordinate-types-form';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { saveSubordinateTypesAction } from '@/lib/organizations/subordinates/actions';
import { getSubordinateTypesForm } from '@/lib/organizations/settings/queries';

/** Settings → Subordinate institution types (F-4.8). */
export default async function SubordinateTypesPage({ params }: { params: AdminPageParams }) {
  const { org, locale } = await adminPageContext(params, 'settings/subordinate-types', 'org.settings.edit');
  const groups = await getSubordinateTypesForm({ authorityId: org.id, locale });
  const [t, tSettings] = await Promise.all([getTranslations('Subordinates'), getTranslations('Settings')]);
  return (
    <AdminShell org={org} block="settings" current="subordinate-types" title={tSettings('nav.subordinate_types')} intro={t('types_intro')}>
      <SubordinateTypesForm action={saveSubordinateTypesAction} orgId={org.id} groups={groups} />
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
