'use client';

import { useTranslations } from 'next-intl';
import { EmptyCard } from '@/components/content/section';
import { type Column, DataTable } from '@/components/ui/data-table';
import { fullName } from '@/lib/people/full-name';
import type { MembershipRole } from '@/db/schema';
import { Link } from '@/lib/i18n/navigation';
import { PalmLink } from './palm-link';

export type PeopleRow = {
  personId: number;
  surname: string;
  name: string;
  patronymic: string | null;
  userId: number | null;
  roles: MembershipRole[];
  isAdmin: boolean;
  isModerator: boolean;
  isEditor: boolean;
};

/**
 * Active members (F-3.1): palm → personal page; the name and the pencil → the Data tab. A client
 * component: its props (a page of plain rows) weigh a tenth of the rendered rows — three links each
 * — in the page's payload (issue 13); the area's messages have both namespaces it uses.
 */
export function PeopleTable({ orgId, rows }: { orgId: number; rows: PeopleRow[] }) {
  const t = useTranslations('AdminPeople');
  const tRoles = useTranslations('Roles');
  const editHref = (row: PeopleRow) => `/org/${orgId}/admin/people/${row.personId}?tab=data`;
  const columns: Array<Column<PeopleRow>> = [
    {
      id: 'registered',
      header: <span className="sr-only">{t('registered')}</span>,
      headerClassName: 'w-10',
      cell: (row) => row.userId !== null && <PalmLink userId={row.userId} label={t('personal_page', { name: fullName(row) })} />,
    },
    {
      id: 'name',
      header: t('col_name'),
      cell: (row) => (
        <Link href={editHref(row)} className={row.userId !== null ? 'person-link' : 'text-neutral-600 hover:underline'}>
          {fullName(row)}
        </Link>
      ),
    },
    {
      id: 'roles',
      header: t('col_roles'),
      className: 'text-sm text-neutral-700',
      cell: (row) => [...row.roles.map((r) => tRoles(r)), row.isAdmin && tRoles('admin'), row.isModerator && tRoles('moderator'), row.isEditor && tRoles('editor')].filter(Boolean).join(', '),
    },
    {
      id: 'actions',
      header: <span className="sr-only">{t('col_actions')}</span>,
      headerClassName: 'w-12',
      cell: (row) => (
        <Link href={editHref(row)} aria-label={t('edit_person', { name: fullName(row) })} title={t('edit_person', { name: fullName(row) })} className="rounded px-2 py-1 text-sky-800 hover:bg-sky-50">
          <span aria-hidden="true">✎</span>
        </Link>
      ),
    },
  ];
  return <DataTable look="card" columns={columns} rows={rows} rowKey={(row) => row.personId} rowProps={() => ({ 'data-testid': 'person-row' })} empty={<EmptyCard>{t('empty')}</EmptyCard>} />;
}

