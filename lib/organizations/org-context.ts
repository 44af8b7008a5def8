import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getOrgAuth, requirePermission } from '@/lib/auth/current-user';
import type { CurrentUser, OrgAuth } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';
import { type Locale, toLocale } from '@/lib/i18n/routing';
import { type OrgTab, visibleTabs } from './functions';
import { getOrganizationProfile, type OrganizationProfile } from './queries';

/** `org` is what pages show; `auth` is what `can` decides on (settings with their defaults). */
export type OrgContext = { org: OrganizationProfile; auth: OrgAuth; user: CurrentUser; tabs: OrgTab[]; locale: Locale };

/**
 * For every /org/{id} page and layout (deduplicated per request): the signed-in user, the
 * organisation (404 when the id is bad or unknown) and the tabs this user may open.
 */
export const getOrgContext = cache(async (idParam: string, localeParam: string): Promise<OrgContext> => {
  const locale = toLocale(localeParam);
  const orgId = parseId(idParam) ?? notFound();
  const auth = await getOrgAuth(orgId);
  // Any signed-in user may open an organisation's pages: only an unknown id is refused (404),
  // so `auth` is there below.
  const user = await requirePermission(`/${locale}/org/${idParam}`, 'org.view', auth, 'not-found');
  const org = (await getOrganizationProfile({ orgId, locale })) ?? notFound();
  return { org, auth: auth!, user, tabs: visibleTabs(user, auth!), locale };
});

/** A tab's page answers 404 when its function is off or the viewer may not open it. */
export async function requireOrgTab(idParam: string, localeParam: string, tab: OrgTab): Promise<OrgContext> {
  const context = await getOrgContext(idParam, localeParam);
  if (!context.tabs.includes(tab)) notFound();
  return context;
}
