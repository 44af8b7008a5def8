import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/content/section';
import { type Column, DataTable } from '@/components/ui/data-table';
import { PersonName } from '@/components/ui/person-name';
import type { RecipientRow } from '@/lib/notifications/recipients';
import { formatDateTime } from '@/lib/time/format';

/** Readers (name, organisation, role, when) or not-yet-readers (name, organisation, role). */
export async function RecipientsTable({ rows, withReadAt, empty, timeZone }: { rows: RecipientRow[]; withReadAt: boolean; empty: string; timeZone: string }) {
  const t = await getTranslations('Notifications');
  const tRoles = await getTranslations('Roles');
  const locale = await getLocale();
  const columns: Array<Column<RecipientRow>> = [
    { id: 'name', header: t('col_name'), cell: (row) => <PersonName person={row} /> },
    {
      id: 'organization',
      header: t('col_organization'),
      cell: (row) =>
        row.places.map((place) => (
          <span key={place.organizationName} className="block">
            {place.organizationName}
          </span>
        )),
    },
    {
      id: 'role',
      header: t('col_role'),
      className: 'text-neutral-700',
      cell: (row) =>
        row.places.map((place) => (
          <span key={place.organizationName} className="block">
            {[...place.roles.map((r) => tRoles(r)), ...(place.isAdmin ? [tRoles('admin')] : [])].join(', ')}
          </span>
        )),
    },
  ];
  if (withReadAt) columns.push({ id: 'read-at', header: t('col_read_at'), className: 'whitespace-nowrap', cell: (row) => (row.readAt ? formatDateTime(row.readAt, locale, timeZone) : '') });
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.personId} rowProps={() => ({ 'data-testid': 'recipient-row' })} empty={<EmptyState>{empty}</EmptyState>} />;
}
