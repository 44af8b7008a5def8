import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { LogoDelete } from '@/components/settings/logo-delete';
import { LogoUploadForm } from '@/components/settings/logo-form';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { LOGO_MAX_BYTES, LOGO_SIZE, logoUrl } from '@/lib/organizations/settings/logo';
import { deleteLogoAction } from '@/lib/organizations/settings/logo-actions';
import { getOrganizationSettings } from '@/lib/organizations/settings/queries';

/** Settings → Logo (F-4.2): the current image, a new one, delete. */
export default async function LogoSettingsPage({ params }: { params: AdminPageParams }) {
  const { org } = await adminPageContext(params, 'settings/logo', 'org.settings.edit');
  const settings = (await getOrganizationSettings({ orgId: org.id })) ?? notFound();
  const [t, tSettings] = await Promise.all([getTranslations('Logo'), getTranslations('Settings')]);
  const src = logoUrl(org.id, settings.logoKey);
  return (
    <AdminShell org={org} block="settings" current="logo" title={tSettings('nav.logo')}>
      <div className="flex max-w-3xl flex-col gap-6 card sm:flex-row">
        <div className="flex flex-col items-start gap-2">
          <h3 className="font-semibold">{t('current')}</h3>
          <div className="flex items-center justify-center border border-neutral-300 bg-neutral-50" style={{ width: LOGO_SIZE, height: LOGO_SIZE }}>
            {src ? (
              // A stored 150×150 PNG served by /api/logo: next/image would only resize it again.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={src} alt={t('current_alt', { name: org.shortName })} data-testid="current-logo" className="max-h-full max-w-full" />
            ) : (
              <span className="p-2 text-center text-sm text-neutral-600">{t('none')}</span>
            )}
          </div>
          {src && <LogoDelete action={deleteLogoAction} orgId={org.id} />}
        </div>
        <LogoUploadForm orgId={org.id} maxBytes={LOGO_MAX_BYTES} />
      </div>
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
