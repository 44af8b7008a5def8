import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { LocalizationForm } from '@/components/settings/localization-form';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { updateLocalizationAction } from '@/lib/organizations/settings/actions';
import { getOrganizationSettings, getTerritoryOptions } from '@/lib/organizations/settings/queries';
import { timeZoneOptions } from '@/lib/organizations/settings/time-zones';
import { formatDateTime } from '@/lib/time/format';

/**
 * Settings → Localization (F-4.5): place, territorial subordination and time zone — descriptive only:
 * which institutions the organisation reaches is set from above (Settings → Lower authorities'
 * jurisdiction of the authority above it).
 */
export default async function LocalizationSettingsPage({ params }: { params: AdminPageParams }) {
  const { org, locale } = await adminPageContext(params, 'settings/localization', 'org.settings.edit');
  const [settings, territories] = await Promise.all([getOrganizationSettings({ orgId: org.id }), getTerritoryOptions({ locale })]);
  if (!settings) notFound();
  const [t, tSettings, tZones] = await Promise.all([getTranslations('Localization'), getTranslations('Settings'), getTranslations('Localization.tz')]);
  // The stored territory is the deepest chosen: walk up to fill country, region and city.
  const byId = new Map(territories.map((x) => [x.id, x]));
  const chain: typeof territories = [];
  for (let at = settings.territoryId === null ? undefined : byId.get(settings.territoryId); at; at = at.parentId === null ? undefined : byId.get(at.parentId)) chain.unshift(at);
  const find = (level: string) => chain.find((x) => x.level === level)?.id ?? null;
  const cityId = chain.find((x) => x.level === 'city' || x.level === 'district')?.id ?? null;
  const zones: Array<{ id: string; label: string }> = timeZoneOptions().map((zone) => ({ id: zone.id, label: `${zone.label} ${tZones(zone.city)}` }));
  if (!zones.some((zone) => zone.id === settings.timeZone)) zones.push({ id: settings.timeZone, label: settings.timeZone });
  return (
    <AdminShell org={org} block="settings" current="localization" title={tSettings('nav.localization')} intro={t('intro')}>
      <p className="text-sm text-neutral-700" data-testid="reach-note">
        {t('reach_note')}
      </p>
      <p className="text-sm text-neutral-700" data-testid="org-now">
        {t('now_in_zone', { time: formatDateTime(new Date(), locale, settings.timeZone) })}
      </p>
      <LocalizationForm
        action={updateLocalizationAction}
        orgId={org.id}
        territories={territories}
        timeZones={zones}
        initial={{ countryId: find('country'), regionId: find('region'), cityId, subordinationId: settings.territorialSubordinationId, timeZone: settings.timeZone }}
      />
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
