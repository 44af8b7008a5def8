import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { getCurrentUser, getOrgAuth, requirePermission } from '@/lib/auth/current-user';
import { can, type CurrentUser } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';
import { type Locale, toLocale } from '@/lib/i18n/routing';
import { reportToday } from './params';
import { loadReportScope, type ReportScope } from './scope';

export type ReportAccess = { user: CurrentUser; scope: ReportScope; today: string; locale: Locale };

/**
 * For report pages: the authority's staff only (org.reports.view), and only for an authority.
 * Anyone else — signed in or not allowed, an institution's id, an unknown id — gets 404, so the
 * menu does not reveal itself.
 */
export const requireReportAccess = cache(async (idParam: string, localeParam: string): Promise<ReportAccess> => {
  const locale = toLocale(localeParam);
  const orgId = parseId(idParam) ?? notFound();
  const user = await requirePermission(`/${locale}/org/${idParam}/reports`, 'org.reports.view', await getOrgAuth(orgId), 'not-found');
  const scope = (await loadReportScope(getDb(), orgId, locale)) ?? notFound();
  return { user, scope, today: reportToday(scope.authority.timeZone), locale };
});

/** The same check for the export route: null means 404. */
export async function reportAccessForRequest(orgParam: string | null, locale: Locale): Promise<ReportAccess | null> {
  const orgId = orgParam === null ? null : parseId(orgParam);
  if (orgId === null) return null;
  const user = await getCurrentUser();
  const org = user && (await getOrgAuth(orgId));
  if (!user || !org || !can(user, 'org.reports.view', org)) return null;
  const scope = await loadReportScope(getDb(), orgId, locale);
  return scope ? { user, scope, today: reportToday(scope.authority.timeZone), locale } : null;
}
