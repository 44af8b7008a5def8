import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/content/section';
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
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-neutral-300 text-neutral-700">
          <tr>
            <th scope="col" className="py-2 pr-3">{t('col_name')}</th>
            <th scope="col" className="py-2 pr-3">{t('col_organization')}</th>
            <th scope="col" className="py-2 pr-3">{t('col_role')}</th>
            {withReadAt && <th scope="col" className="py-2">{t('col_read_at')}</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
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
        </tbody>
      </table>
    </div>
  );
}
