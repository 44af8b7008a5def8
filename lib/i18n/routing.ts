import { defineRouting } from 'next-intl/routing';
import { locales, type Locale } from './locales';

export { locales, type Locale } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale: 'kk',
  localePrefix: 'always',
  // `/` always opens Kazakh, whatever the browser asks for; the header switch changes language.
  localeDetection: false,
});

/** A route's locale segment, already checked by the [locale] layout. */
export function toLocale(value: string): Locale {
  return (locales as readonly string[]).includes(value) ? (value as Locale) : routing.defaultLocale;
}
