'use client';

import { NavLink } from '@/components/ui/nav-link';

export type LinkTab = { key: string; label: string; href: string | { pathname: string; query?: Record<string, string> } };

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
      {/* Its links' look is said once on the list (app/globals.css), the open tab by its aria-current; a phone gets one row that scrolls sideways. */}
      <ul className="link-tabs">
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
