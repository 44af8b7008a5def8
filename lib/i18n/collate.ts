/**
 * Sorting names for people to read: the page's language's alphabet (Kazakh: А Ә Б … О Ө … У Ұ Ү
 * … Ы І …, not code-point order, which puts Ә, Қ, Ө after Я), with numbers compared as numbers
 * ("2 «А»" before "10 «А»"). One collator per locale, made once.
 */

const collators = new Map<string, Intl.Collator>();

export function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, found);
  }
  return found;
}

/** A copy of `items` in the locale's natural order of `name`. */
export function sortByName<T>(items: readonly T[], locale: string, name: (item: T) => string): T[] {
  const { compare } = collator(locale);
  return [...items].sort((a, b) => compare(name(a), name(b)));
}
