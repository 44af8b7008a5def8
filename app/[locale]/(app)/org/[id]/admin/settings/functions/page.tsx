import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { FunctionsForm } from '@/components/admin/functions-form';
import { getOrgAuth, requirePermission } from '@/lib/auth/current-user';
import { parseId } from '@/lib/ids';
import { saveFunctionsAction } from '@/lib/organizations/functions/actions';
import { getFunctionSettings } from '@/lib/organizations/functions/queries';
import { getOrgContext } from '@/lib/organizations/org-context';
import { appOrigin, publicSiteUrl } from '@/lib/organizations/site-address';

/** Settings → Functions (F-4.4), admins only — others get 403, also by URL. */
export default async function FunctionsSettingsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const orgId = parseId(id) ?? notFound();
  await requirePermission(`/${locale}/org/${id}/admin/settings/functions`, 'org.settings.edit', await getOrgAuth(orgId));
  const { org } = await getOrgContext(id, locale);
  const current = (await getFunctionSettings({ orgId: org.id })) ?? notFound();
  const t = await getTranslations('Functions');
  const adminPath = `/org/${org.id}/admin`;
  return (
    <AdminShell org={org} block="settings" current="functions" title={t('title')} intro={t('intro')}>
      <FunctionsForm
        action={saveFunctionsAction}
        orgId={org.id}
        settings={current.functions}
        applicationsEmailConfirmed={current.applicationsEmailConfirmed}
        siteUrl={publicSiteUrl(await appOrigin(), locale, org.id)}
        adminPath={adminPath}
      />
    </AdminShell>
  );
}
