import { numberFormat } from './formatters';
import { numberLocale } from './intl-locale';

/** A number in the page's language ("3 609", "44,8"; "3,609", "44.8" in English). */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(numberLocale(locale), options).format(value);
}
