import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/content/section';
import { TableFrame } from './table-frame';
import { Link } from '@/lib/i18n/navigation';
import type { NotificationRow } from '@/lib/notifications/list';
import { audienceLines, readByText, withDynamicKeys } from './labels';

/** The authority's messages: title (to "who has read it"), audience, read-by date, "X of Y". */
export async function NotificationsTable({ orgId, rows, today, empty }: { orgId: number; rows: NotificationRow[]; today: string; empty: string }) {
  const t = await getTranslations('Notifications');
  const locale = await getLocale();
  const translate = withDynamicKeys(t);
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <TableFrame headers={[t('col_title'), t('col_audience'), t('col_read_by'), t('col_read')]}>
      {rows.map((row) => (
        <tr key={row.id} data-testid="notification-row" className="align-top">
          <td className="py-2 pr-3">
            <Link href={`/org/${orgId}/notifications/${row.id}`} className="font-medium text-sky-800 underline break-words">
              {row.title}
            </Link>
          </td>
          <td className="py-2 pr-3 text-neutral-700">
            {audienceLines(translate, row.audience).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </td>
          <td className="py-2 pr-3 whitespace-nowrap">{readByText(translate, row.readBy, today, locale)}</td>
          <td className="py-2 whitespace-nowrap" data-testid="read-counter">
            {t('read_of', { read: row.readCount, total: row.recipientCount })}
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
