import format, { type CompiledMessage } from 'icu-minify/format';
import { compiledMessages } from '@/lib/i18n/compiled-messages';
import { dateTimeFormat, numberFormat } from '@/lib/i18n/formatters';
import type { Issue } from './issues';

/**
 * An issue in English for the command's output (the page shows the reader's language through
 * next-intl). The app's compiled catalogue and the formatter next-intl formats it with
 * (next.config.ts points next-intl at icu-minify's): the command runs under plain tsx, where
 * next-intl would get the ICU parser instead and misread compiled messages.
 */
export function messageOf(issue: Issue): string {
  const messages = compiledMessages('en').OneRoster as unknown as Record<string, CompiledMessage | undefined>;
  const message = messages[issue.key];
  if (message === undefined) return issue.key;
  return String(
    format(message, 'en', issue.params, {
      formatters: {
        getNumberFormat: (locale, options) => numberFormat(String(locale), options),
        getDateTimeFormat: (locale, options) => dateTimeFormat(String(locale), options ?? {}),
        getPluralRules: (locale, options) => new Intl.PluralRules(locale, options),
      },
    }),
  );
}
