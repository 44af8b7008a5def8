/**
 * Dates and times as the organisation sees them: in its time zone (default Asia/Almaty, UTC+5
 * since 2024-03-01), in the user's language.
 */
const intlLocale: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function formatDateTime(value: Date | string, locale: string, timeZone = 'Asia/Almaty'): string {
  return new Intl.DateTimeFormat(intlLocale[locale] ?? locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value));
}

export function formatDate(value: Date | string, locale: string, timeZone = 'Asia/Almaty'): string {
  return new Intl.DateTimeFormat(intlLocale[locale] ?? locale, { dateStyle: 'medium', timeZone }).format(new Date(value));
}
