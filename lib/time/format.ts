/**
 * Dates and times as the organisation sees them: in its time zone (default Asia/Almaty, UTC+5
 * since 2024-03-01), in the user's language.
 */
import { dateTimeFormat } from '@/lib/i18n/formatters';
import { intlLocale } from '@/lib/i18n/intl-locale';
import { DEFAULT_TIME_ZONE } from './calendar-date';

export function formatDateTime(value: Date | string, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  return dateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value));
}

export function formatDate(value: Date | string, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  return dateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone }).format(new Date(value));
}

/** A moment as a list sends it to the browser: `iso` for `<time dateTime>`, `text` as formatDateTime writes it. */
export type ShownTime = { iso: string; text: string };

export function shownTime(value: Date | string, locale: string, timeZone = DEFAULT_TIME_ZONE): ShownTime {
  return { iso: new Date(value).toISOString(), text: formatDateTime(value, locale, timeZone) };
}
