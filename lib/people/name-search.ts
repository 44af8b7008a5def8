import { and, sql, type SQL } from 'drizzle-orm';
import { persons } from '@/db/schema';
import { likePattern } from '@/lib/search-params';

/**
 * Searching people by name: the one definition both the People tab (lib/people/directory.ts) and
 * Administration → People (lib/people/admin/queries.ts) use. Every word must occur somewhere in
 * `persons.name_search` (the full name in lower case): any order, any case, any part of a word.
 */

/**
 * The search words: lower-cased (as PostgreSQL's lower() does with the builtin C.UTF-8 locale),
 * deduplicated, at most five, each at most 50 characters.
 */
export function searchWords(query: string | undefined): string[] {
  const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  return [...new Set(words.map((w) => w.slice(0, 50)))];
}

/**
 * The name holds the word, each length by the index that can answer it:
 * - three letters or more: LIKE, which the trigram index answers;
 * - two letters (a name's first letters as typed, «Ах»): the name's pairs of letters
 *   (`name_bigrams`, its GIN index in db/migrations-manual/name-search.sql). A trigram index has
 *   nothing to look up for two letters, so every name was read (issue 13: 1.2 of the People tab's
 *   2.7 ms in PostgreSQL on the demo region, 314,000 names in a city);
 * - one letter: strpos over every name; nearly every name matches, so no index would help.
 */
export function nameHas(word: string): SQL {
  const letters = [...word].length;
  if (letters >= 3) return sql`${persons.nameSearch} like ${likePattern(word)}`;
  if (letters === 2) return sql`name_bigrams(${persons.nameSearch}) @> array[${word}::text]`;
  return sql`strpos(${persons.nameSearch}, ${word}) > 0`;
}

/** Every word of the search is in the name; undefined for a search without words. */
export function nameMatches(query: string | undefined): SQL | undefined {
  const words = searchWords(query);
  return words.length > 0 ? and(...words.map(nameHas)) : undefined;
}
