import { IntlMessageFormat } from 'intl-messageformat';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { compiledMessages } from '@/lib/i18n/compiled-messages';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

/**
 * The app formats compiled messages without the ICU parser (lib/i18n/compiled-messages.ts,
 * `use-intl/format-message` → format-only in next.config.ts and vitest.config.ts). Every message
 * of every catalogue must read exactly as intl-messageformat reads its source, for each argument
 * the message names and for counts that pick every plural form of the three languages.
 */
type Tree = { [key: string]: string | Tree };
type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };

// The ICU parser's node types (@formatjs/icu-messageformat-parser TYPE).
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;
const COUNTS = [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 1000, 3609];

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

/** The message's arguments as one set of values per count (numbers and plurals take the count). */
function argumentSets(ast: Node[]): Record<string, string | number>[] {
  const args = new Map<string, 'text' | 'count' | string[]>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === ARGUMENT) args.set(node.value!, 'text');
      if (node.type === NUMBER || node.type === PLURAL) args.set(node.value!, 'count');
      if (node.type === SELECT) args.set(node.value!, Object.keys(node.options!));
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(ast);
  if (args.size === 0) return [{}];
  return COUNTS.map((count, i) =>
    Object.fromEntries([...args].map(([name, kind]) => [name, kind === 'text' ? `«${name}»` : kind === 'count' ? count : kind[i % kind.length]!])),
  );
}

describe.each([
  ['kk', kk],
  ['ru', ru],
  ['en', en],
] as const)('compiled %s messages', (locale, source) => {
  const t = createTranslator({ locale, messages: compiledMessages(locale) });
  const messages = leaves(source as Tree);

  it('cover the whole catalogue', () => {
    expect(messages.length).toBeGreaterThan(1000);
  });

  it('read as their source does, with every argument', () => {
    let formatted = 0;
    for (const [key, text] of messages) {
      const reference = new IntlMessageFormat(text, locale);
      for (const values of argumentSets(reference.getAst() as Node[])) {
        expect(t(key as never, values as never), `${key} ${JSON.stringify(values)}`).toBe(reference.format(values));
        formatted++;
      }
    }
    expect(formatted).toBeGreaterThan(messages.length);
  });
});
