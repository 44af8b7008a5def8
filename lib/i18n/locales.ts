/** The portal's languages, Kazakh first (the default). Plain: server.ts reads it outside Next's bundle. */
export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

const PREFIX = new RegExp(`^/(${locales.join('|')})(?:[/?#]|$)`);

/** The language an address starts with (`/ru/org/1` → `ru`), or undefined when it names none. */
export function pathLocale(url: string): Locale | undefined {
  return PREFIX.exec(url)?.[1] as Locale | undefined;
}
