import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/content/section';
import { type Column, DataTable } from '@/components/ui/data-table';
import { NavLink } from '@/components/ui/nav-link';
import type { NotificationRow } from '@/lib/notifications/list';
import { audienceLines, readByText, withDynamicKeys } from './labels';

/** The authority's messages: title (to "who has read it"), audience, read-by date, "X of Y". */
export async function NotificationsTable({ orgId, rows, today, empty }: { orgId: number; rows: NotificationRow[]; today: string; empty: string }) {
  const t = await getTranslations('Notifications');
  const locale = await getLocale();
  const translate = withDynamicKeys(t);
  const columns: Array<Column<NotificationRow>> = [
    {
      id: 'title',
      header: t('col_title'),
      cell: (row) => (
        <NavLink href={`/org/${orgId}/notifications/${row.id}`} className="font-medium text-sky-800 underline break-words">
          {row.title}
        </NavLink>
      ),
    },
    {
      id: 'audience',
      header: t('col_audience'),
      className: 'text-neutral-700',
      cell: (row) =>
        audienceLines(translate, row.audience).map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        )),
    },
    { id: 'read-by', header: t('col_read_by'), className: 'whitespace-nowrap', cell: (row) => readByText(translate, row.readBy, today, locale) },
    {
      id: 'read',
      header: t('col_read'),
      className: 'whitespace-nowrap',
      cellTestId: 'read-counter',
      cell: (row) => t('read_of', { read: row.readCount, total: row.recipientCount }),
    },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'notification-row' })} empty={<EmptyState>{empty}</EmptyState>} />;
}
