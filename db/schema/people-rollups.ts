import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';

/**
 * The People tab's category counts (lib/people/category-counts.ts) of an organisation's network,
 * as the database stood at `snapshot` (a pg_snapshot in its text form). Counting distinct people
 * over a city's whole tree takes most of a second, and no per-organisation counter can give
 * distinct people across organisations, so the counts are kept until a membership changes.
 * `network` is a digest of the network they were counted over (a change of subordination gives
 * another digest, so no trigger on organisations is needed).
 */
export const peopleCategoryCounts = pgTable('people_category_counts', {
  organizationId: integer()
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  network: text().notNull(),
  snapshot: text().notNull(),
  computedAt: timestamp({ withTimezone: true }).notNull(),
  counts: jsonb().$type<Record<string, number>>().notNull(),
});

/**
 * One row per transaction that wrote memberships (its xid8 as a number), added by a statement
 * trigger (db/migrations-manual/people-counts.sql): counts whose snapshot does not see one of
 * these transactions are out of date. Rows older than a day are pruned.
 */
export const membershipChanges = pgTable(
  'membership_changes',
  {
    xid: bigint({ mode: 'number' }).primaryKey(),
    changedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('membership_changes_changed_at_idx').on(t.changedAt)],
);
