/** The Intl locale dates and words are written in for each page language. */
const INTL_LOCALES: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? locale;
}

/**
 * The Intl locale numbers and units are written in. Kazakh is written like Russian (groups of
 * three split by a space, a decimal comma, "МБ"), but ICU's Kazakh data differs by engine:
 * Chromium writes 1,649.5 and Node's megabyte is "MБ" with a Latin M. Kazakh pages therefore
 * take the Russian number data, so server and browser write the same "1 649,5".
 */
export function numberLocale(locale: string): string {
  return locale === 'kk' ? 'ru-KZ' : intlLocale(locale);
}
