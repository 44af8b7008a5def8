import type { ReactNode } from 'react';

/** The blue bar of both headers (app and public site): skip link, home link, then the right side. */
export function HeaderBar({ skipLabel, home, children }: { skipLabel: string; home: ReactNode; children: ReactNode }) {
  return (
    <header className="bg-sky-800 text-white print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sky-900">
        {skipLabel}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-4 py-2">{home}{children}</div>
    </header>
  );
}
