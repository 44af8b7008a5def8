import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from './tabulate';

/**
 * A translator over every namespace for the report machinery, whose keys come from the
 * definitions at run time rather than from literals the typed `t` could check; the messages
 * test keeps the three languages' keys identical.
 */
export async function reportTranslator(locale: Locale): Promise<Translate> {
  const t = await getTranslations({ locale });
  return (key) => (t as unknown as (k: string) => string)(key);
}
