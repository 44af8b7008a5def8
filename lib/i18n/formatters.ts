/**
 * Intl formatters made once per locale and options: building one costs far more than using it
 * (ICU data lookup), and a report or list formats hundreds of values per request.
 */
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>();

/** The formatter of `kind` for `locale` and `options`, made on first use. */
export function once<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let found = made.get(key) as T | undefined;
  if (!found) {
    found = make();
    made.set(key, found);
  }
  return found;
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return once('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}
