import { getTranslations } from 'next-intl/server';
import { EmptyCard } from '@/components/content/section';
import { type Column, DataTable } from '@/components/ui/data-table';
import { fullName } from '@/lib/people/full-name';
import { NavLink } from '@/components/ui/nav-link';
import type { ArchivedMembership } from '@/lib/people/admin/queries';
import { formatDate } from '@/lib/time/format';
import { RestoreButton } from './restore-button';

/** The Archive tab: removed memberships, each with Restore. */
export async function ArchiveTable({ orgId, rows, locale, timeZone }: { orgId: number; rows: ArchivedMembership[]; locale: string; timeZone: string }) {
  const t = await getTranslations('AdminPeople');
  const tRoles = await getTranslations('Roles');
  const columns: Array<Column<ArchivedMembership>> = [
    {
      id: 'name',
      header: t('col_name'),
      cell: (row) => (
        <NavLink href={`/org/${orgId}/admin/people/${row.personId}`} className="hover:underline">
          {fullName(row)}
        </NavLink>
      ),
    },
    { id: 'role', header: t('col_role'), className: 'text-sm', cell: (row) => tRoles(row.role) },
    { id: 'archived', header: t('col_archived_at'), className: 'text-sm', cell: (row) => formatDate(row.archivedAt, locale, timeZone) },
    {
      id: 'actions',
      header: <span className="sr-only">{t('col_actions')}</span>,
      cell: (row) => <RestoreButton orgId={orgId} membershipId={row.membershipId} label={`${t('restore')}: ${fullName(row)}`} done={t('restored_person', { name: fullName(row) })} />,
    },
  ];
  return (
    <DataTable look="card" columns={columns} rows={rows} rowKey={(row) => row.membershipId} rowProps={() => ({ 'data-testid': 'archive-row' })} empty={<EmptyCard>{t('archive_empty')}</EmptyCard>} />
  );
}
