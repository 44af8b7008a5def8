import { EmptyState } from '@/components/content/section';
import { NavLink } from '@/components/ui/nav-link';
import type { SubordinateView } from '@/lib/organizations/structure/queries';

/** Subordinate organisations or institutions, each name a link to its page under `linkBase` ('/org' or '/site'). */
export function SubordinatesList({ items, linkBase, empty, testId }: { items: SubordinateView[]; linkBase: string; empty: string; testId: string }) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="flex flex-col gap-2" data-testid={testId}>
      {items.map((org) => (
        <li key={org.id}>
          <NavLink href={`${linkBase}/${org.id}`} className="text-sky-800 underline">
            {org.name}
          </NavLink>
          {org.typeName && <span className="block text-xs text-neutral-600">{org.typeName}</span>}
        </li>
      ))}
    </ul>
  );
}
