import { getTranslations } from 'next-intl/server';
import { NavLink } from '@/components/ui/nav-link';

/**
 * The header's link to the signed-in user's inbox with the number of unread notifications: one
 * indexed count of their own recipient rows, read with the user (lib/auth/load-current-user.ts).
 */
export async function InboxLink({ unread }: { unread: number }) {
  const t = await getTranslations('Inbox');
  return (
    // The unread count is said in words to screen readers beside the visible number, not as an
    // aria-label: a label that differs from the visible text fails WCAG 2.5.3 (label in name).
    <NavLink href="/inbox" className="header-link flex items-center gap-1" data-testid="inbox-link">
      {t('header_link')}
      {unread > 0 && (
        <>
          <span aria-hidden="true" className="count-badge" data-testid="inbox-unread">
            {unread}
          </span>
          <span className="sr-only">{t('unread', { count: unread })}</span>
        </>
      )}
    </NavLink>
  );
}
