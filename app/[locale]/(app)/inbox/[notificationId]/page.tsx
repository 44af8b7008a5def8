import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { readByText, withDynamicKeys } from '@/components/notifications/labels';
import { MarkReadForm } from '@/components/notifications/mark-read-form';
import { MessageArticle } from '@/components/notifications/message-article';
import { requireUser } from '@/lib/auth/current-user';
import { parseId } from '@/lib/ids';
import { markReadAction } from '@/lib/notifications/mark-read-action';
import { getInboxNotification } from '@/lib/notifications/inbox-queries';
import { todayIn } from '@/lib/time/calendar-date';
import { formatDateTime } from '@/lib/time/format';

type Props = { params: Promise<{ locale: string; notificationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Inbox');
  return { title: t('title') };
}

/**
 * One notification for its recipient: the text as text, and "I have read it". Someone else's
 * notification (or a deleted one) is 404, so an id reveals nothing.
 */
export default async function InboxNotificationPage({ params }: Props) {
  const { locale, notificationId: rawId } = await params;
  const user = await requireUser(`/${locale}/inbox/${rawId}`);
  const notificationId = parseId(rawId) ?? notFound();
  const item = (await getInboxNotification(user.personId, notificationId)) ?? notFound();
  const t = await getTranslations('Inbox');
  const tList = await getTranslations('Notifications');
  const userLocale = await getLocale();
  const today = todayIn(item.timeZone);
  const archived = item.readBy !== null && item.readBy < today;
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs items={[{ label: t('title'), href: '/inbox' }, { label: item.title }]} />
      <MessageArticle
        title={item.title}
        heading="h1"
        body={item.body}
        facts={[
          { label: t('from'), value: item.organizationName },
          { label: t('published'), value: formatDateTime(item.publishedAt, userLocale, item.timeZone) },
          { label: t('read_by'), value: readByText(withDynamicKeys(tList), item.readBy, today, userLocale) },
        ]}
      >
        {archived && <p className="text-sm text-neutral-600">{t('archived_note')}</p>}
        <div className="border-t border-neutral-200 pt-3">
          {item.readAt ? (
            <p role="status" className="font-medium text-green-800" data-testid="read-status">
              {t('read_at', { date: formatDateTime(item.readAt, userLocale, item.timeZone) })}
            </p>
          ) : (
            <MarkReadForm action={markReadAction} notificationId={item.id} />
          )}
        </div>
      </MessageArticle>
    </div>
  );
}
