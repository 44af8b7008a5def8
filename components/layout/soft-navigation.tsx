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
 * requests to the server), and not when touched (a phone's tap). Measured: a hovered link opens
 * ≈ 20 ms sooner (the route's tree is known); a dynamic page's prefetch (its tree and metadata)
 * costs the server about what its navigation does. A new tab, a modified click, a download or
 * another site stays the browser's; without JavaScript the links are plain links.
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
    // A finger's pointerover and the focus its tap gives a link come with the tap, the click right
    // behind them: a prefetch then is a second request for the same page, as costly to the server
    // as the navigation itself. What pressed last (a finger, a mouse, a key) tells a tap's focus
    // from a Tab's.
    let pressedBy = '';
    const onPress = (event: Event) => {
      pressedBy = event instanceof PointerEvent ? event.pointerType : 'keyboard';
    };
    const onIntent = (event: Event) => {
      if (event instanceof PointerEvent ? event.pointerType === 'touch' : pressedBy === 'touch') return;
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
    document.addEventListener('pointerdown', onPress, { capture: true, passive: true });
    document.addEventListener('keydown', onPress, { capture: true, passive: true });
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
      document.removeEventListener('pointerdown', onPress, { capture: true });
      document.removeEventListener('keydown', onPress, { capture: true });
    };
  }, [router]);
  return null;
}
