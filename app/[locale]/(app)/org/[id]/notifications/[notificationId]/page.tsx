import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { DeleteNotificationForm } from '@/components/notifications/delete-notification-form';
import { NotificationMessage } from '@/components/notifications/notification-message';
import { RecipientLists } from '@/components/notifications/recipient-lists';
import { RemindForm } from '@/components/notifications/remind-form';
import { parseId } from '@/lib/ids';
import { deleteNotificationAction, remindableCountAction, remindAction } from '@/lib/notifications/actions';
import { getNotificationDetail, getRecipientsPage, requireNotificationsView } from '@/lib/notifications/queries';
import { parsePage } from '@/lib/pagination';
import { formatDateTime } from '@/lib/time/format';
import { single } from '@/lib/search-params';

type Props = { params: Promise<{ locale: string; id: string; notificationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Notifications');
  return { title: t('title') };
}

/**
 * "Who has read it" (staff of the authority): the message, its audience, "X of Y", readers and
 * not-yet-readers (both exportable); admins and editors also remind and delete.
 */
export default async function NotificationPage({ params, searchParams }: Props) {
  const { locale, id, notificationId: rawId } = await params;
  const query = await searchParams;
  const { org, canManage, today } = await requireNotificationsView(id, locale);
  const notificationId = parseId(rawId) ?? notFound();
  const notification = (await getNotificationDetail(org.id, notificationId)) ?? notFound();
  const list = single(query.list) === 'pending' ? 'pending' : 'readers';
  const page = parsePage(query.page);
  const rows = await getRecipientsPage({ authorityId: org.id, notificationId, list, page });
  const t = await getTranslations('Notifications');
  const userLocale = await getLocale();
  const basePath = `/org/${org.id}/notifications`;
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title'), href: basePath }, { label: notification.title }]} />
      <NotificationMessage notification={notification} today={today} timeZone={org.timeZone} />
      {canManage && (
        <section aria-label={t('remind')} className="flex flex-wrap items-start justify-between gap-4 card">
          <div className="flex flex-col gap-2">
            <RemindForm action={remindAction} orgId={org.id} notificationId={notification.id} countAction={remindableCountAction} />
            {notification.remindedAt && (
              <p className="text-sm" data-testid="last-reminder">
                {t('reminded', { count: notification.remindedCount, date: formatDateTime(notification.remindedAt, userLocale, org.timeZone) })}
              </p>
            )}
          </div>
          <DeleteNotificationForm action={deleteNotificationAction} orgId={org.id} notificationId={notification.id} title={notification.title} doneHref={basePath} />
        </section>
      )}
      <RecipientLists
        basePath={`${basePath}/${notification.id}`}
        list={list}
        page={page}
        rows={rows}
        readers={notification.readCount}
        pending={notification.recipientCount - notification.readCount}
        timeZone={org.timeZone}
      />
    </>
  );
}
