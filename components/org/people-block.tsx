import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PersonName } from '@/components/ui/person-name';
import type { OrganizationPerson } from '@/lib/organizations/queries';

/** A titled list of people with their position (leaders, administrators); `actions`: Add for admins. */
export async function PeopleBlock({ id, title, empty, people, actions }: { id: string; title: string; empty: string; people: OrganizationPerson[]; actions?: ReactNode }) {
  const tRoles = await getTranslations('Roles');
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions && <div className="flex flex-wrap items-center gap-3 text-sm print:hidden">{actions}</div>}
      </div>
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
