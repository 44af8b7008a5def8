import { NavLink } from '@/components/ui/nav-link';

export function fullName(p: { surname: string; name: string; patronymic?: string | null }) {
  return [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
}

/** Registered people (users) are green and link to their personal page; others are grey. */
export function PersonName({ person }: { person: { surname: string; name: string; patronymic?: string | null; userId: number | null } }) {
  const text = fullName(person);
  if (person.userId === null) return <span className="text-neutral-500">{text}</span>;
  return (
    <NavLink href={`/users/${person.userId}`} className="person-link">
      {text}
    </NavLink>
  );
}
