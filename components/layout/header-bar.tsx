import type { ReactNode } from 'react';

/** The blue bar of both headers (app and public site): skip link, home link, then the right side. */
export function HeaderBar({ skipLabel, home, children }: { skipLabel: string; home: ReactNode; children: ReactNode }) {
  return (
    <header className="bg-sky-800 text-white print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sky-900">
        {skipLabel}
      </a>
      {/* Tighter on a phone, where the bar wraps: it must leave the first screen to the page. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-1 px-2 py-1 text-sm sm:gap-2 sm:px-4 sm:py-2 sm:text-base">
        {home}
        {children}
      </div>
    </header>
  );
}
