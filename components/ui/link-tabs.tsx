'use client';

import { NavLink } from '@/components/ui/nav-link';

export type LinkTab = { key: string; label: string; href: string | { pathname: string; query?: Record<string, string> } };

/**
 * The list's look, with its links' said once here rather than on each link (page weight, issue 13:
 * an organisation's tabs and a school's 13 reports were 1.7 KB of repeated classes); the open tab
 * by its aria-current. A phone gets one row that scrolls sideways inside the bar, not rows
 * filling the first screen.
 */
const TABS =
  'flex gap-1 overflow-x-auto whitespace-nowrap sm:flex-wrap sm:overflow-visible sm:whitespace-normal ' +
  '[&_a]:inline-block [&_a]:border-b-2 [&_a]:border-transparent [&_a]:px-3 [&_a]:py-2 sm:[&_a]:px-4 [&_a]:text-neutral-700 [&_a:hover]:text-sky-900 ' +
  '[&_a[aria-current]]:border-sky-800 [&_a[aria-current]]:font-semibold [&_a[aria-current]]:text-sky-900';

/**
 * Tabs that are links (Active / Archive, Readers / Not yet read, a report's forms, a school's
 * reports): the state lives in the address, so they work without JavaScript and a reload keeps
 * the tab. `current` is the open tab's key. A client component without hooks only for page
 * weight: its props (keys, labels, addresses) are a fifth of the rendered elements a server
 * component sends in the page's payload beside their HTML — a school's 13 reports were 3.6 KB
 * (issue 13).
 */
export function LinkTabs({ label, tabs, current }: { label: string; tabs: LinkTab[]; current: string }) {
  return (
    <nav aria-label={label} className="border-b border-neutral-200 print:hidden">
      <ul className={TABS}>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <NavLink href={tab.href} aria-current={tab.key === current ? 'page' : undefined}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
