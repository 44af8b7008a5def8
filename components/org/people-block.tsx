import { getTranslations } from 'next-intl/server';
import { PersonName } from '@/components/ui/person-name';
import type { OrganizationPerson } from '@/lib/organizations/queries';

/** A titled list of people with their position (leaders, administrators). */
export async function PeopleBlock({ id, title, empty, people }: { id: string; title: string; empty: string; people: OrganizationPerson[] }) {
  const tRoles = await getTranslations('Roles');
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {people.length === 0 ? (
        <p className="text-neutral-600">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {people.map((person) => (
            <li key={`${person.personId}-${person.role}`}>
              <PersonName person={person} />
              <p className="text-sm text-neutral-600">{person.position || tRoles(person.role)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
