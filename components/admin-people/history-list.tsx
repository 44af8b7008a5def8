import { getTranslations } from 'next-intl/server';
import { type Column, DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/lib/time/format';

export type HistoryRow = {
  id: number;
  at: Date;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  actorSurname: string | null;
  actorName: string | null;
};

const FIELD_KEYS: Record<string, string> = {
  surname: 'field_surname',
  name: 'field_name',
  patronymic: 'field_patronymic',
  birthDate: 'field_birth_date',
  sex: 'field_sex',
  iin: 'field_iin',
  email: 'field_email',
  phone: 'field_phone',
  role: 'field_role',
  arrivalDate: 'field_arrival_date',
  position: 'field_position',
  socialPosition: 'field_social_position',
  employment: 'field_employment',
  isAdmin: 'field_is_admin',
  isModerator: 'field_is_moderator',
  isEditor: 'field_is_editor',
  archivedAt: 'field_archived_at',
  invitationLogin: 'field_invitation_login',
  login: 'field_login',
  line: 'field_line',
  found: 'field_found',
};

const ACTIONS = new Set([
  'person.create',
  'person.update',
  'person.identity',
  'membership.create',
  'membership.update',
  'membership.archive',
  'membership.restore',
  'invitation.issue',
  'person.register',
  'person.import',
  'person.iin_lookup',
]);

/** Another entity's names for its own fields and actions (the register's), null where the person's apply. */
export type HistoryLabels = { field: (field: string) => string | null; action: (action: string) => string | null };

/**
 * A history (audit events) — a person's, or with `labels` an institution's: when (organisation
 * time), who, what changed from → to.
 */
export async function HistoryList({ rows, locale, timeZone, labels }: { rows: HistoryRow[]; locale: string; timeZone: string; labels?: HistoryLabels }) {
  const t = await getTranslations('PersonHistory');
  const tRoles = await getTranslations('Roles');
  const tWizard = await getTranslations('PersonWizard');
  if (rows.length === 0) return <p className="text-neutral-600">{t('empty')}</p>;
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('empty_value');
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    if (field === 'role') return tRoles(value as never);
    if (field === 'sex') return tWizard(value === 'male' ? 'male' : 'female');
    if (field === 'archivedAt' || field === 'closedAt') return formatDateTime(String(value), locale, timeZone);
    if (field === 'found') return t(`found_${value === 'match' ? 'match' : value === 'taken' ? 'taken' : 'free'}`);
    return String(value);
  };
  const columns: Array<Column<HistoryRow>> = [
    { id: 'when', header: t('col_when'), className: 'whitespace-nowrap', cell: (row) => formatDateTime(row.at, locale, timeZone) },
    { id: 'who', header: t('col_who'), cell: (row) => (row.actorSurname ? `${row.actorSurname} ${row.actorName}` : t('system')) },
    { id: 'what', header: t('col_what'), cell: (row) => labels?.action(row.action) ?? t(ACTIONS.has(row.action) ? (`action_${row.action.replace('.', '_')}` as never) : 'action_other') },
    {
      id: 'changes',
      header: t('col_changes'),
      cell: (row) => (
        <ul>
          {Object.entries(row.changes).map(([field, change]) => (
            <li key={field}>
              {labels?.field(field) ?? (FIELD_KEYS[field] ? t(FIELD_KEYS[field] as never) : t('field_other', { field }))}: {show(field, change.from)} → {show(field, change.to)}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'history-row' })} />;
}
