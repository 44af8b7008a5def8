import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { getPathname } from '@/lib/i18n/navigation';
import { addressOf, type Href } from '@/lib/i18n/address';
import { toLocale } from '@/lib/i18n/routing';

/**
 * A link to a page of the app, in the page's language, that costs what an `<a>` costs. next-intl's
 * Link is two client components per link (its own and Next's): a People page or a report with
 * forty of them spent ≈ 1.5 ms of its render and a sixth of its HTML on them (issue 13). The
 * click still navigates inside the app (no full page load): one listener for the whole page,
 * components/layout/soft-navigation.tsx, takes the links marked `data-soft-nav`. Usable from
 * server and client components alike; a client component that needs the router's own features
 * (prefetch, scroll, another locale) keeps next-intl's Link.
 */
export function NavLink({ href, ...props }: Omit<ComponentProps<'a'>, 'href'> & { href: Href }) {
  const locale = toLocale(useLocale());
  return <a {...props} href={getPathname({ href: addressOf(href), locale })} data-soft-nav="" />;
}
