import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SUPPORT_URL } from '@/components/layout/footer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Help');
  return { title: t('title') };
}

export default async function HelpPage() {
  const t = await getTranslations('Help');
  const sections = [
    ['organization_title', 'organization_text'],
    ['languages_title', 'languages_text'],
  ] as const;
  return (
    <article className="flex max-w-3xl flex-col gap-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('intro')}</p>
      {sections.map(([title, text]) => (
        <section key={title}>
          <h2 className="text-lg font-semibold">{t(title)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
      <section>
        <h2 className="text-lg font-semibold">{t('support_title')}</h2>
        <p>
          {t('support_text')}{' '}
          <a href={SUPPORT_URL} className="text-sky-800 underline" rel="noopener">
            {SUPPORT_URL}
          </a>
        </p>
      </section>
    </article>
  );
}
