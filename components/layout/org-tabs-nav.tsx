'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';

/** Marks the tab whose address is the longest prefix of the current one. */
export function OrgTabsNav({ label, items }: { label: string; items: Array<{ key: string; href: string; label: string }> }) {
  const pathname = usePathname();
  // The Page tab's address is a prefix of every other: it is active on its own pages only
  // (news, wall, interactive pages), not on Administration or a tab it does not own.
  const pageOwned = /^\/org\/\d+(\/(news|wall|pages)(\/.*)?)?$|^\/site\/\d+(\/(news|pages)(\/.*)?)?$/;
  const active = items
    .filter((item) => (item.key === 'page' ? pageOwned.test(pathname) : pathname === item.href || pathname.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.key;
  return (
    <nav aria-label={label} className="border-b border-neutral-200 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.key === active ? 'page' : undefined}
              className={`inline-block border-b-2 px-4 py-2 ${item.key === active ? 'border-sky-800 font-semibold text-sky-900' : 'border-transparent text-neutral-700 hover:text-sky-900'}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
