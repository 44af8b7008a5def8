import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { getUnreadCount } from '@/lib/notifications/queries';

/**
 * The header's link to the signed-in user's inbox with the number of unread notifications: one
 * indexed count of their own recipient rows per page.
 */
export async function InboxLink({ personId }: { personId: number }) {
  const t = await getTranslations('Inbox');
  const unread = await getUnreadCount(personId);
  return (
    <Link href="/inbox" className="flex items-center gap-1 rounded px-3 py-2 hover:bg-white/10" data-testid="inbox-link" aria-label={unread > 0 ? `${t('header_link')}: ${t('unread', { count: unread })}` : undefined}>
      {t('header_link')}
      {unread > 0 && (
        <span className="min-w-6 rounded-full bg-amber-400 px-1.5 text-center text-xs font-bold text-neutral-900" data-testid="inbox-unread">
          {unread}
        </span>
      )}
    </Link>
  );
}
