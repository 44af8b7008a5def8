import { getLocale, getTranslations } from 'next-intl/server';
import { fullName } from '@/components/ui/person-name';
import type { NotificationDetail } from '@/lib/notifications/list';
import { formatDateTime } from '@/lib/time/format';
import { audienceLines, readByText, withDynamicKeys } from './labels';

/** The message as sent (its text as text, never HTML), with audience, read-by date and "X of Y". */
export async function NotificationMessage({ notification, today, timeZone }: { notification: NotificationDetail; today: string; timeZone: string }) {
  const t = await getTranslations('Notifications');
  const locale = await getLocale();
  const translate = withDynamicKeys(t);
  return (
    <article aria-labelledby="notification-title" className="flex flex-col gap-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="notification-title" className="text-xl font-semibold break-words">
        {notification.title}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[11rem_1fr]">
        <dt className="text-neutral-600">{t('published')}</dt>
        <dd>
          {formatDateTime(notification.publishedAt, locale, timeZone)}
          {notification.author && ` · ${fullName(notification.author)}`}
        </dd>
        <dt className="text-neutral-600">{t('read_by')}</dt>
        <dd>{readByText(translate, notification.readBy, today, locale)}</dd>
        <dt className="text-neutral-600">{t('audience')}</dt>
        <dd>
          {audienceLines(translate, notification.audience).map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </dd>
        <dt className="text-neutral-600">{t('read')}</dt>
        <dd className="font-semibold" data-testid="read-counter">
          {t('read_of', { read: notification.readCount, total: notification.recipientCount })}
        </dd>
      </dl>
      <div className="whitespace-pre-wrap break-words border-t border-neutral-200 pt-3" data-testid="notification-body">
        {notification.body}
      </div>
    </article>
  );
}
