import { Link } from '@/lib/i18n/navigation';

export type LinkTab = { key: string; label: string; href: string | { pathname: string; query?: Record<string, string> } };

/**
 * Tabs that are links (Active / Archive, Readers / Not yet read): the state lives in the address,
 * so they work without JavaScript and a reload keeps the tab. `current` is the open tab's key.
 */
export function LinkTabs({ label, tabs, current }: { label: string; tabs: LinkTab[]; current: string }) {
  return (
    <nav aria-label={label} className="border-b border-neutral-200 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? 'page' : undefined}
              className={`inline-block border-b-2 px-4 py-2 ${tab.key === current ? 'border-sky-800 font-semibold text-sky-900' : 'border-transparent text-neutral-700 hover:text-sky-900'}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
