import { NavLink } from '@/components/ui/nav-link';
import { fullName } from '@/lib/people/full-name';

/** What PersonName shows of a person. */
export type PersonRef = { surname: string; name: string; patronymic?: string | null; userId: number | null };

/** Only that of a fuller row, for a client list's data (the row's other columns stay on the server). */
export function personRef(p: PersonRef): PersonRef {
  return { surname: p.surname, name: p.name, patronymic: p.patronymic ?? null, userId: p.userId };
}

/** Registered people (users) are green and link to their personal page; others are grey. */
export function PersonName({ person }: { person: PersonRef }) {
  const text = fullName(person);
  if (person.userId === null) return <span className="text-neutral-500">{text}</span>;
  return (
    <NavLink href={`/users/${person.userId}`} className="person-link">
      {text}
    </NavLink>
  );
}
