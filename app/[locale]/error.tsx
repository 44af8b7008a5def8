'use client';

import { useTranslations } from 'next-intl';

// Never shows the exception's text: it is logged on the server.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Errors');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('unexpected')}</h1>
      <button type="button" onClick={reset} className="mt-6 rounded bg-sky-800 px-4 py-2 text-white">
        {t('try_again')}
      </button>
    </main>
  );
}
