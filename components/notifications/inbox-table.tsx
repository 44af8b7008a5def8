import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/content/section';
import { TableFrame } from './table-frame';
import { Link } from '@/lib/i18n/navigation';
import type { InboxRow } from '@/lib/notifications/inbox';
import { todayIn } from '@/lib/time/calendar-date';
import { formatDateTime } from '@/lib/time/format';
import { readByText, withDynamicKeys } from './labels';

/** A recipient's notifications, newest first; unread ones in bold with "New". */
export async function InboxTable({ rows }: { rows: InboxRow[] }) {
  const t = await getTranslations('Inbox');
  const tList = await getTranslations('Notifications');
  const locale = await getLocale();
  if (rows.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  const translate = withDynamicKeys(tList);
  const readBy = (row: InboxRow) => readByText(translate, row.readBy, todayIn(row.timeZone), locale);
  return (
    <TableFrame headers={[t('col_title'), t('col_from'), t('col_published'), t('col_read_by'), t('col_status')]}>
      {rows.map((row) => (
        <tr key={row.id} data-testid="inbox-row" className="align-top">
          <td className="py-2 pr-3">
            <Link href={`/inbox/${row.id}`} className={`text-sky-800 underline break-words ${row.readAt ? '' : 'font-semibold'}`}>
              {row.title}
            </Link>
          </td>
          <td className="py-2 pr-3">{row.organizationName}</td>
          <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(row.publishedAt, locale, row.timeZone)}</td>
          <td className="py-2 pr-3 whitespace-nowrap">{readBy(row)}</td>
          <td className="py-2">
            {row.readAt ? (
              <span className="text-neutral-600">{t('status_read')}</span>
            ) : (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t('status_new')}</span>
            )}
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
