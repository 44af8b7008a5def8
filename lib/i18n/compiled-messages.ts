import compile from 'icu-minify/compile';
import type { AbstractIntlMessages, Messages } from 'next-intl';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import type { Locale } from './locales';

const SOURCES: Record<Locale, AbstractIntlMessages> = { en, kk, ru };
const compiled = new Map<Locale, Messages>();

/**
 * A locale's catalogue with every ICU message compiled once per process (icu-minify), for
 * next-intl's formatter without a parser: next.config.ts and vitest.config.ts point
 * `use-intl/format-message` at `use-intl/format-message/format-only`. Otherwise every request
 * parsed each message it formatted with arguments again (intl-messageformat, its cache lives for
 * one request): ≈ 4 % of a loaded server's time in that code alone, ≈ 10 % of each page's CPU in
 * all (interleaved A/B, issue 13). Every translator of the app takes its messages from here:
 * format-only returns a string it was given as it is.
 */
export function compiledMessages(locale: Locale): Messages {
  let messages = compiled.get(locale);
  if (!messages) {
    // Typed as the catalogue for its keys (lib/i18n/types.ts); its leaves are compiled messages.
    // Through JSON: icu-minify writes plural branches as objects without a prototype, which React
    // refuses to pass to the client components' provider.
    messages = JSON.parse(JSON.stringify(compileTree(SOURCES[locale]))) as Messages;
    compiled.set(locale, messages);
  }
  return messages;
}

function compileTree(tree: AbstractIntlMessages): AbstractIntlMessages {
  const result: AbstractIntlMessages = {};
  for (const [key, value] of Object.entries(tree)) {
    // A compiled message is a string, or an array the format-only formatter reads; next-intl's
    // types know only strings and nested catalogues.
    result[key] = typeof value === 'string' ? (compile(value) as unknown as string) : compileTree(value);
  }
  return result;
}
