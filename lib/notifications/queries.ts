import 'server-only';
import { forbidden } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { redirect } from '@/lib/i18n/navigation';
import { getOrgContext, type OrgContext } from '@/lib/organizations/org-context';
import { todayIn } from '@/lib/time/calendar-date';
import { audienceMasks } from './audience-counts';
import { getNotification, listNotifications, notificationByPublishKey, readByDays, type NotificationTab } from './list';
import { listRecipients, type RecipientList } from './recipients';
import { loadNotificationDraft } from './wizard-draft';

/** The pages' reads: the lib functions on the app's database, plus the pages' access rules. */

export type NotificationsContext = OrgContext & { canManage: boolean; today: string };

/**
 * Every /org/{id}/notifications page: the authority's staff see it (org.notifications.view);
 * anyone else, and any organisation that is not an authority, is sent to their own inbox,
 * which is what the header's "Notifications" means for a recipient.
 */
export async function requireNotificationsView(id: string, localeParam: string): Promise<NotificationsContext> {
  const context = await getOrgContext(id, localeParam);
  if (!can(context.user, 'org.notifications.view', context.auth)) {
    return redirect({ href: '/inbox', locale: await getLocale() });
  }
  return { ...context, canManage: can(context.user, 'org.notifications.manage', context.auth), today: todayIn(context.org.timeZone) };
}

/** The wizard: admins and editors of the authority only (403 for other staff). */
export async function requireNotificationsManage(id: string, localeParam: string): Promise<NotificationsContext> {
  const context = await requireNotificationsView(id, localeParam);
  if (!context.canManage) forbidden();
  return context;
}

export const getNotificationsPage = (args: Parameters<typeof listNotifications>[1]) => listNotifications(getDb(), args);
export const getReadByDays = (orgId: number, month: string) => readByDays(getDb(), { orgId, month });
export const getNotificationDetail = (orgId: number, notificationId: number) => getNotification(getDb(), { orgId, notificationId });
export const getRecipientsPage = (args: { authorityId: number; notificationId: number; list: RecipientList; page: number }) => listRecipients(getDb(), args);
export const getAudienceMasks = (authorityId: number) => audienceMasks(getDb(), authorityId);
export const getDraft = (draftId: string, owner: { userId: number; orgId: number }) => loadNotificationDraft(getDb(), draftId, owner);
export const getPublishedFromDraft = (orgId: number, draftId: string) => notificationByPublishKey(getDb(), { orgId, draftId });

export type { NotificationTab, RecipientList };
