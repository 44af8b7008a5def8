import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getCurrentUser, getOrganization, requirePermission } from '@/lib/auth/current-user';
import type { CurrentUser, OrgAuth } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';
import { type Locale, toLocale } from '@/lib/i18n/routing';
import { type OrgTab, visibleTabs } from './functions/tabs';
import { localizeSummary, type OrganizationSummary } from './queries';

/** `org` is what pages show; `auth` is what `can` decides on (settings with their defaults). */
/** `leadersEdited`: whether the leaders' block is the admins' list (./leaders-queries.ts). */
export type OrgContext = { org: OrganizationSummary; auth: OrgAuth; user: CurrentUser; tabs: OrgTab[]; locale: Locale; leadersEdited: boolean };

/**
 * For every /org/{id} page and layout (deduplicated per request): the signed-in user, the
 * organisation (404 when the id is bad or unknown) and the tabs this user may open.
 */
export const getOrgContext = cache(async (idParam: string, localeParam: string): Promise<OrgContext> => {
  const locale = toLocale(localeParam);
  const orgId = parseId(idParam) ?? notFound();
  // Both read once per request (cached): side by side, not one after the other.
  const [organization] = await Promise.all([getOrganization(orgId), getCurrentUser()]);
  // Any signed-in user may open an organisation's pages: only an unknown id is refused (404),
  // so the organisation is there below.
  const user = await requirePermission(`/${locale}/org/${idParam}`, 'org.view', organization?.auth ?? null, 'not-found');
  const { auth, profile, leadersEdited } = organization ?? notFound();
  return { org: localizeSummary(profile, locale), auth, user, tabs: visibleTabs(user, auth), locale, leadersEdited };
});

/** A tab's page answers 404 when its function is off or the viewer may not open it. */
export async function requireOrgTab(idParam: string, localeParam: string, tab: OrgTab): Promise<OrgContext> {
  const context = await getOrgContext(idParam, localeParam);
  if (!context.tabs.includes(tab)) notFound();
  return context;
}
