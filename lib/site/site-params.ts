import 'server-only';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { parseId } from '@/lib/ids';
import { type Locale, toLocale } from '@/lib/i18n/routing';
import type { OrgTab } from '@/lib/organizations/functions/tabs';
import { can } from '@/lib/auth/permissions';
import { cachedOrgAuth, cachedProfile } from './cached';
import { siteTabs } from './site-tabs';

export type SiteParams = Promise<{ locale: string; id: string }>;

/**
 * For every /site/{id} page: the locale set for static rendering, the cached organisation, and
 * 404 when the id is bad or the tab is not open to visitors (function off, or "Site" off).
 */
export async function siteContext(params: SiteParams, tab: OrgTab) {
  const { locale: raw, id } = await params;
  const locale: Locale = toLocale(raw);
  setRequestLocale(locale);
  const orgId = parseId(id) ?? notFound();
  const [org, auth] = await Promise.all([cachedProfile(orgId, locale), cachedOrgAuth(orgId)]);
  if (!org || !auth) notFound();
  const tabs = siteTabs(auth);
  if (!tabs.includes(tab)) notFound();
  return { locale, orgId, org, auth, tabs, siteOn: can(null, 'site.view', auth) };
}
