import type { ReactNode } from 'react';

/** The blue bar of both headers (app and public site): skip link, home link, then the right side. */
export function HeaderBar({ skipLabel, home, children }: { skipLabel: string; home: ReactNode; children: ReactNode }) {
  return (
    <header className="bg-sky-800 text-white print:hidden">
      <a href="#main" className="skip-link">
        {skipLabel}
      </a>
      {/* Tighter on a phone, where the bar wraps: it must leave the first screen to the page. */}
      <div className="header-row">
        {home}
        {children}
      </div>
    </header>
  );
}
