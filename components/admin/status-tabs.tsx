import { NavLink } from '@/components/ui/nav-link';

/** The status filter of an admin list (new / answered / hidden …) as links with counts. */
export function StatusTabs<S extends string>({ label, pathname, current, items }: { label: string; pathname: string; current: S; items: Array<{ status: S; label: string; count: number }> }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.status}>
            <NavLink
              href={{ pathname, query: { status: item.status } }}
              aria-current={item.status === current ? 'page' : undefined}
              className={`inline-block rounded border px-3 py-1 text-sm ${item.status === current ? 'border-sky-800 bg-sky-800 font-semibold text-white' : 'border-neutral-300 bg-white text-neutral-800 hover:bg-neutral-100'}`}
            >
              {item.label} <span data-testid={`status-count-${item.status}`}>({item.count})</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
