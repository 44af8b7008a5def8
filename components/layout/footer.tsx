import { getTranslations } from 'next-intl/server';

export const SUPPORT_URL = 'https://help.kundelik.kz';

export async function Footer() {
  const t = await getTranslations('Footer');
  return (
    <footer className="mt-12 border-t border-neutral-200 bg-white print:hidden">
      <div className="footer-row">
        <p>{t('support_text')}</p>
        <a href={SUPPORT_URL} className="font-medium text-sky-800 underline" rel="noopener">
          {t('support_link')}
        </a>
      </div>
    </footer>
  );
}
