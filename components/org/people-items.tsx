'use client';

import { PersonName, type PersonRef } from '@/components/ui/person-name';

export type PersonEntry = { key: string; person: PersonRef; position: string };

/**
 * The people of PeopleBlock (./people-block.tsx), each with their position. A client component
 * for page weight: their names and positions as data are about half of the rendered list in the
 * page's payload beside its HTML (issue 13).
 */
export function PeopleItems({ people }: { people: PersonEntry[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {people.map(({ key, person, position }) => (
        <li key={key}>
          <PersonName person={person} />
          <p className="text-sm text-neutral-600">{position}</p>
        </li>
      ))}
    </ul>
  );
}
