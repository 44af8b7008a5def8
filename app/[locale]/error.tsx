'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

// Never shows the exception's text: it is logged on the server.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Errors');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('unexpected')}</h1>
      <Button type="button" onClick={reset} className="mt-6">
        {t('try_again')}
      </Button>
    </main>
  );
}
