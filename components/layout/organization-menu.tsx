'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '@/lib/i18n/navigation';

/**
 * The "Ұйым" tab: a menu button with My organisation, Notifications and Reports — each only when
 * the server's `can` lets the user open it (components/layout/header.tsx decides).
 */
export function OrganizationMenu({ orgId, show }: { orgId: number; show: { reports: boolean } }) {
  const t = useTranslations('Header');
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        // Keyboard users continue from the button that opened the menu, not from the page's start.
        buttonRef.current?.focus();
      } else if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const items = [
    { href: `/org/${orgId}`, label: t('my_organization') },
    { href: `/org/${orgId}/notifications`, label: t('notifications') },
    ...(show.reports ? [{ href: `/org/${orgId}/reports`, label: t('reports') }] : []),
  ];
  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((v) => !v)}
        className="header-button font-semibold"
      >
        {t('organization_tab')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={menuId} className="absolute left-0 z-20 mt-1 w-56 rounded-md border border-neutral-200 bg-white py-1 text-neutral-900 shadow-lg">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} onClick={() => setOpen(false)} className="block px-4 py-2 hover:bg-sky-50 focus:bg-sky-50">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
