'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { addressOf } from '@/lib/i18n/address';
import { getPathname, usePathname } from '@/lib/i18n/navigation';
import { locales } from '@/lib/i18n/routing';

/**
 * Қаз / Рус / Eng: the same page (path and query) in another language. Links as NavLink writes
 * them (components/ui/nav-link.tsx: the page's one listener navigates in the app): next-intl's
 * Link was two client components per language, ≈ 1 % of every page's server time (issue 13).
 */
export function LanguageSwitch() {
  const t = useTranslations('Language');
  const tHeader = useTranslations('Header');
  const current = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());
  return (
    <nav aria-label={tHeader('language')}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="rounded bg-white/20 px-2 py-1 font-semibold" title={t(`${locale}_full`)}>
                {t(locale)}
              </span>
            ) : (
              <a
                href={getPathname({ href: addressOf({ pathname, query }), locale })}
                data-soft-nav=""
                lang={locale}
                hrefLang={locale}
                className="rounded px-2 py-1 hover:bg-white/10"
                title={t(`${locale}_full`)}
              >
                {t(locale)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
