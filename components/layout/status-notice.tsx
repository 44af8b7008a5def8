'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

/**
 * The 404 and 403 pages: a title, a sentence and the way back to the start page. Inside the app
 * the layout's <main> holds it; elsewhere the caller wraps it in one. A client component (its
 * texts are in the 'Errors' namespace every page already has): the four not-found and forbidden
 * boundaries of the layouts travel in every page's payload, as one small element each instead of
 * their rendered markup (issue 13).
 */
export function StatusNotice({ kind }: { kind: 'not_found' | 'forbidden' }) {
  const t = useTranslations('Errors');
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t(`${kind}_title`)}</h1>
      <p className="mt-2 text-neutral-600">{t(`${kind}_text`)}</p>
      <Link href="/" className="mt-6 inline-block text-sky-800 underline">
        {t('back_home')}
      </Link>
    </div>
  );
}
