/**
 * The Intl locale numbers and units are written in. Kazakh is written like Russian (groups of
 * three split by a space, a decimal comma, "МБ"), but ICU's Kazakh data differs by engine:
 * Chromium writes 1,649.5 and Node's megabyte is "MБ" with a Latin M. Kazakh pages therefore
 * take the Russian number data, so server and browser write the same "1 649,5".
 */
const NUMBER_LOCALES: Record<string, string> = { kk: 'ru-KZ', ru: 'ru-RU', en: 'en-GB' };

export function numberLocale(locale: string): string {
  return NUMBER_LOCALES[locale] ?? locale;
}

/** A number in the page's language ("3 609", "44,8"; "3,609", "44.8" in English). */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(numberLocale(locale), options).format(value);
}
