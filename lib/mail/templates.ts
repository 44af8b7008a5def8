import { createTranslator } from 'next-intl';
import { compiledMessages } from '@/lib/i18n/compiled-messages';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The Mail namespace in a given language, outside any request (mails are written inside
 * transactions, in DB tests too). Values such as a citizen's text are arguments, never markup.
 */
export function mailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: compiledMessages(locale), namespace: 'Mail' });
}
