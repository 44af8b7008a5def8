/**
 * Sorting names for people to read: the page's language's alphabet (Kazakh: А Ә Б … О Ө … У Ұ Ү
 * … Ы І …, not code-point order, which puts Ә, Қ, Ө after Я), with numbers compared as numbers
 * ("2 «А»" before "10 «А»"). One collator per locale, made once.
 */
import { once } from './formatters';

export function collator(locale: string): Intl.Collator {
  return once('collator', locale, undefined, () => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }));
}

/** A copy of `items` in the locale's natural order of `name`. */
export function sortByName<T>(items: readonly T[], locale: string, name: (item: T) => string): T[] {
  const { compare } = collator(locale);
  return [...items].sort((a, b) => compare(name(a), name(b)));
}
