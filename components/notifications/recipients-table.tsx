import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/content/section';
import { TableFrame } from './table-frame';
import { PersonName } from '@/components/ui/person-name';
import type { RecipientRow } from '@/lib/notifications/recipients';
import { formatDateTime } from '@/lib/time/format';

/** Readers (name, organisation, role, when) or not-yet-readers (name, organisation, role). */
export async function RecipientsTable({ rows, withReadAt, empty, timeZone }: { rows: RecipientRow[]; withReadAt: boolean; empty: string; timeZone: string }) {
  const t = await getTranslations('Notifications');
  const tRoles = await getTranslations('Roles');
  const locale = await getLocale();
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <TableFrame headers={[t('col_name'), t('col_organization'), t('col_role'), ...(withReadAt ? [t('col_read_at')] : [])]}>
      {rows.map((row) => (
        <tr key={row.personId} data-testid="recipient-row" className="align-top">
          <td className="py-2 pr-3">
            <PersonName person={row} />
          </td>
          <td className="py-2 pr-3">
            {row.places.map((place) => (
              <span key={place.organizationName} className="block">
                {place.organizationName}
              </span>
            ))}
          </td>
          <td className="py-2 pr-3 text-neutral-700">
            {row.places.map((place) => (
              <span key={place.organizationName} className="block">
                {[...place.roles.map((r) => tRoles(r)), ...(place.isAdmin ? [tRoles('admin')] : [])].join(', ')}
              </span>
            ))}
          </td>
          {withReadAt && <td className="py-2 whitespace-nowrap">{row.readAt ? formatDateTime(row.readAt, locale, timeZone) : ''}</td>}
        </tr>
      ))}
    </TableFrame>
  );
}
