import { getTranslations } from 'next-intl/server';
import { PersonName } from '@/components/ui/person-name';
import type { PersonRow } from '@/lib/people/directory';

/** One row per person: the name (green link when registered, grey otherwise), then the roles. */
export async function PeopleList({ people, empty }: { people: PersonRow[]; empty: string }) {
  const tRoles = await getTranslations('Roles');
  const t = await getTranslations('People');
  if (people.length === 0) return <p className="text-neutral-600">{empty}</p>;
  return (
    <ul className="flex flex-col divide-y divide-neutral-100" aria-label={t('list_label')}>
      {people.map((person) => (
        <li key={person.personId} className="py-2" data-testid="person-row">
          <PersonName person={person} />
          <p className="text-sm text-neutral-600">{[...person.roles.map((r) => tRoles(r)), ...(person.isAdmin ? [tRoles('admin')] : [])].join(', ')}</p>
        </li>
      ))}
    </ul>
  );
}
