import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { JurisdictionForm } from '@/components/settings/jurisdiction-form';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { setLowerJurisdictionAction } from '@/lib/organizations/jurisdiction/actions';
import { getLowerAuthoritiesJurisdiction } from '@/lib/organizations/settings/queries';

/**
 * Settings → Lower authorities' jurisdiction: the admins of an authority set, for each authority
 * under it, the territory its subordinate institutions may come from besides its own structure —
 * inside this authority's own jurisdiction. An organisation never sets its own (SPEC, Boundaries).
 */
export default async function JurisdictionPage({ params }: { params: AdminPageParams }) {
  const { org, locale } = await adminPageContext(params, 'settings/jurisdiction', 'org.jurisdiction.manage');
  const { own, lower } = await getLowerAuthoritiesJurisdiction({ authorityId: org.id, locale });
  const [t, tSettings] = await Promise.all([getTranslations('Jurisdiction'), getTranslations('Settings')]);
  return (
    <AdminShell org={org} block="settings" current="jurisdiction" title={tSettings('nav.jurisdiction')} intro={t('intro')}>
      <p className="text-sm text-neutral-700" data-testid="own-jurisdiction">
        {own === null ? t('own_none') : t('own', { territory: own })}
      </p>
      {lower.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-neutral-700 shadow-sm">{t('no_lower')}</p>
      ) : (
        <ul className="flex max-w-3xl flex-col gap-3">
          {lower.map((authority) => (
            <li key={authority.id}>
              <JurisdictionForm action={setLowerJurisdictionAction} orgId={org.id} authority={authority} />
            </li>
          ))}
        </ul>
      )}
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
