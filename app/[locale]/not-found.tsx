import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('Errors');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('not_found_title')}</h1>
      <p className="mt-2 text-neutral-600">{t('not_found_text')}</p>
      <Link href="/" className="mt-6 inline-block text-sky-800 underline">
        {t('back_home')}
      </Link>
    </main>
  );
}
