import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import type { Locale } from '@/lib/i18n/routing';

const messages = { en, kk, ru } as const;

/**
 * The Mail namespace in a given language, outside any request (mails are written inside
 * transactions, in DB tests too). Values such as a citizen's text are arguments, never markup.
 */
export function mailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'Mail' });
}
