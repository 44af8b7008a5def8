import type { ReactNode } from 'react';

/**
 * Print views: the report alone, without the header, tabs or footer of the app. Their client
 * components need only the locale layout's messages (tests/unit/client-messages.test.ts): a
 * provider of its own here sent the whole catalogue, ≈ 120 KB, with every print view.
 */
export default function PrintLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-none bg-white px-6 py-4 print:px-0 print:py-0 print:text-[9pt]">
      {/* Wide report tables print across the page. */}
      <style>{'@page { size: A4 landscape; margin: 10mm; }'}</style>
      {children}
    </main>
  );
}
