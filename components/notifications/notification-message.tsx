import { getLocale, getTranslations } from 'next-intl/server';
import { fullName } from '@/lib/people/full-name';
import type { NotificationDetail } from '@/lib/notifications/list';
import { formatDateTime } from '@/lib/time/format';
import { audienceLines, readByText, withDynamicKeys } from './labels';
import { MessageArticle } from './message-article';

/** The message as sent, for the authority's staff: with its audience, read-by date and "X of Y". */
export async function NotificationMessage({ notification, today, timeZone }: { notification: NotificationDetail; today: string; timeZone: string }) {
  const t = await getTranslations('Notifications');
  const locale = await getLocale();
  const translate = withDynamicKeys(t);
  const published = formatDateTime(notification.publishedAt, locale, timeZone);
  return (
    <MessageArticle
      title={notification.title}
      heading="h2"
      body={notification.body}
      facts={[
        { label: t('published'), value: notification.author ? `${published} · ${fullName(notification.author)}` : published },
        { label: t('read_by'), value: readByText(translate, notification.readBy, today, locale) },
        {
          label: t('audience'),
          value: audienceLines(translate, notification.audience).map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          )),
        },
        { label: t('read'), value: <strong>{t('read_of', { read: notification.readCount, total: notification.recipientCount })}</strong>, testId: 'read-counter' },
      ]}
    />
  );
}
