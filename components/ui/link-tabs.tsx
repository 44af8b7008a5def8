import { NavLink } from '@/components/ui/nav-link';

export type LinkTab = { key: string; label: string; href: string | { pathname: string; query?: Record<string, string> } };

/**
 * Tabs that are links (Active / Archive, Readers / Not yet read): the state lives in the address,
 * so they work without JavaScript and a reload keeps the tab. `current` is the open tab's key.
 */
export function LinkTabs({ label, tabs, current }: { label: string; tabs: LinkTab[]; current: string }) {
  return (
    <nav aria-label={label} className="border-b border-neutral-200 print:hidden">
      {/* A phone gets one row that scrolls sideways inside the bar, not rows filling the first screen. */}
      <ul className="flex gap-1 overflow-x-auto whitespace-nowrap sm:flex-wrap sm:overflow-visible sm:whitespace-normal">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <NavLink
              href={tab.href}
              aria-current={tab.key === current ? 'page' : undefined}
              className={`inline-block border-b-2 px-3 py-2 sm:px-4 ${tab.key === current ? 'border-sky-800 font-semibold text-sky-900' : 'border-transparent text-neutral-700 hover:text-sky-900'}`}
            >
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
