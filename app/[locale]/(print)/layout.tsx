import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';

/** Print views: the report alone, without the header, tabs or footer of the app. */
export default function PrintLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-none bg-white px-6 py-4 print:px-0 print:py-0 print:text-[9pt]">
      {/* Wide report tables print across the page. */}
      <style>{'@page { size: A4 landscape; margin: 10mm; }'}</style>
      <NextIntlClientProvider>{children}</NextIntlClientProvider>
    </main>
  );
}
