import { defineRouting } from 'next-intl/routing';

export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

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
