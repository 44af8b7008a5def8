import { getTranslations } from 'next-intl/server';
import { fullName } from '@/components/ui/person-name';
import { Link } from '@/lib/i18n/navigation';
import type { ArchivedMembership } from '@/lib/people/admin/queries';
import type { MembershipRole } from '@/db/schema';
import { formatDate } from '@/lib/time/format';
import { PalmLink } from './palm-link';
import { RestoreButton } from './restore-button';

/** The look of both tables, set once on the table instead of on each of its cells and rows (page weight, issue 13). */
const TABLE =
  'w-full rounded-lg bg-white text-left shadow-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_tbody_tr]:border-b [&_tbody_tr]:border-neutral-100 [&_tbody_tr:last-child]:border-0';

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

/** Active members (F-3.1): palm → personal page; the name and the pencil → the Data tab. */
export async function PeopleTable({ orgId, rows }: { orgId: number; rows: PeopleRow[] }) {
  const t = await getTranslations('AdminPeople');
  const tRoles = await getTranslations('Roles');
  if (rows.length === 0) return <p className="rounded-lg bg-white p-5 text-neutral-600 shadow-sm">{t('empty')}</p>;
  return (
    <table className={TABLE}>
      <thead className="border-b border-neutral-200 text-sm text-neutral-600">
        <tr>
          <th scope="col" className="w-10">
            <span className="sr-only">{t('registered')}</span>
          </th>
          <th scope="col">{t('col_name')}</th>
          <th scope="col">{t('col_roles')}</th>
          <th scope="col" className="w-12">
            <span className="sr-only">{t('col_actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = fullName(row);
          const edit = `/org/${orgId}/admin/people/${row.personId}?tab=data`;
          const labels = [...row.roles.map((r) => tRoles(r)), row.isAdmin && tRoles('admin'), row.isModerator && tRoles('moderator'), row.isEditor && tRoles('editor')];
          return (
            <tr key={row.personId} data-testid="person-row">
              <td>{row.userId !== null && <PalmLink userId={row.userId} label={t('personal_page', { name })} />}</td>
              <td>
                <Link href={edit} className={row.userId !== null ? 'font-medium text-green-700 hover:underline' : 'text-neutral-600 hover:underline'}>
                  {name}
                </Link>
              </td>
              <td className="text-sm text-neutral-700">{labels.filter(Boolean).join(', ')}</td>
              <td>
                <Link href={edit} aria-label={t('edit_person', { name })} title={t('edit_person', { name })} className="rounded px-2 py-1 text-sky-800 hover:bg-sky-50">
                  <span aria-hidden="true">✎</span>
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The Archive tab: removed memberships, each with Restore. */
export async function ArchiveTable({ orgId, rows, locale, timeZone }: { orgId: number; rows: ArchivedMembership[]; locale: string; timeZone: string }) {
  const t = await getTranslations('AdminPeople');
  const tRoles = await getTranslations('Roles');
  if (rows.length === 0) return <p className="rounded-lg bg-white p-5 text-neutral-600 shadow-sm">{t('archive_empty')}</p>;
  return (
    <table className={TABLE}>
      <thead className="border-b border-neutral-200 text-sm text-neutral-600">
        <tr>
          <th scope="col">{t('col_name')}</th>
          <th scope="col">{t('col_role')}</th>
          <th scope="col">{t('col_archived_at')}</th>
          <th scope="col">
            <span className="sr-only">{t('col_actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.membershipId} data-testid="archive-row">
            <td>
              <Link href={`/org/${orgId}/admin/people/${row.personId}`} className="hover:underline">
                {fullName(row)}
              </Link>
            </td>
            <td className="text-sm">{tRoles(row.role)}</td>
            <td className="text-sm">{formatDate(row.archivedAt, locale, timeZone)}</td>
            <td>
              <RestoreButton orgId={orgId} membershipId={row.membershipId} label={`${t('restore')}: ${fullName(row)}`} done={t('restored_person', { name: fullName(row) })} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
