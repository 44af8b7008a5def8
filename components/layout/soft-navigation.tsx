'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** The in-app link the event is on (components/ui/nav-link.tsx), when the browser would just follow it here. */
function softLink(event: Event): HTMLAnchorElement | null {
  const target = event.target;
  const anchor = target instanceof Element ? target.closest('a[data-soft-nav]') : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  return new URL(anchor.href).origin === window.location.origin ? anchor : null;
}

function pathOf(anchor: HTMLAnchorElement): string {
  const url = new URL(anchor.href);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Clicks on NavLinks become the router's navigation, as next-intl's Link does, with one listener
 * for the page instead of two client components per link; a link is prefetched when pointed at or
 * focused (not every link in view, as Next's Link does: on a table of forty rows those were forty
 * requests to the server). A new tab, a modified click, a download or another site stays the
 * browser's; without JavaScript the links are plain links.
 */
export function SoftNavigation() {
  const router = useRouter();
  useEffect(() => {
    const prefetched = new Set<string>();
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = softLink(event);
      if (!anchor) return;
      event.preventDefault();
      router.push(pathOf(anchor));
    };
    const onIntent = (event: Event) => {
      const anchor = softLink(event);
      if (!anchor) return;
      const path = pathOf(anchor);
      if (prefetched.has(path)) return;
      prefetched.add(path);
      router.prefetch(path);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, [router]);
  return null;
}
