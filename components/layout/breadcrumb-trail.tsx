'use client';

import { NavLink } from '@/components/ui/nav-link';

export type Crumb = { label: string; href?: string };

/**
 * The trail itself. A client component without hooks only for page weight: its props (labels and
 * addresses) are a third of the rendered elements a server component sends in the page's payload
 * beside their HTML (issue 13). Breadcrumbs (./breadcrumbs.tsx) gives it its label.
 */
export function BreadcrumbTrail({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={label} className="text-sm text-neutral-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          // A phone shows the last two steps (the organisation's name is the title above): the
          // whole trail took two lines of the first screen.
          <li key={`${item.label}-${i}`} className={`${i < items.length - 2 ? 'hidden sm:flex' : 'flex'} items-center gap-1`}>
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href && i < items.length - 1 ? (
              <NavLink href={item.href} className="hover:underline">
                {item.label}
              </NavLink>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
