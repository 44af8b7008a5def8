import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/content/section';
import { type Column, DataTable } from '@/components/ui/data-table';
import { NavLink } from '@/components/ui/nav-link';
import type { InboxRow } from '@/lib/notifications/inbox';
import { todayIn } from '@/lib/time/calendar-date';
import { formatDateTime } from '@/lib/time/format';
import { readByText, withDynamicKeys } from './labels';

/** A recipient's notifications, newest first; unread ones in bold with "New". */
export async function InboxTable({ rows }: { rows: InboxRow[] }) {
  const t = await getTranslations('Inbox');
  const tList = await getTranslations('Notifications');
  const locale = await getLocale();
  const translate = withDynamicKeys(tList);
  const columns: Array<Column<InboxRow>> = [
    {
      id: 'title',
      header: t('col_title'),
      cell: (row) => (
        <NavLink href={`/inbox/${row.id}`} className={`text-sky-800 underline break-words ${row.readAt ? '' : 'font-semibold'}`}>
          {row.title}
        </NavLink>
      ),
    },
    { id: 'from', header: t('col_from'), cell: (row) => row.organizationName },
    { id: 'published', header: t('col_published'), className: 'whitespace-nowrap', cell: (row) => formatDateTime(row.publishedAt, locale, row.timeZone) },
    { id: 'read-by', header: t('col_read_by'), className: 'whitespace-nowrap', cell: (row) => readByText(translate, row.readBy, todayIn(row.timeZone), locale) },
    {
      id: 'status',
      header: t('col_status'),
      cell: (row) =>
        row.readAt ? (
          <span className="text-neutral-600">{t('status_read')}</span>
        ) : (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t('status_new')}</span>
        ),
    },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'inbox-row' })} empty={<EmptyState>{t('empty')}</EmptyState>} />;
}
