import { bigint, index, integer, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';

/**
 * OneRoster identity (docs/oneroster.md): which of our rows each imported sourcedId became, so a
 * second import of the same bundle finds every row and a delta updates it in place. Entities:
 * org, person, role, class, section (local_id = class, local_id2 = subject), lesson, mark.
 */
export const onerosterIds = pgTable(
  'oneroster_ids',
  {
    entity: varchar({ length: 16 }).notNull(),
    sourcedId: text().notNull(),
    localId: bigint({ mode: 'number' }).notNull(),
    localId2: integer(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.sourcedId] }), index('oneroster_ids_local_idx').on(t.entity, t.localId)],
);

/** One row: this database's random code, the prefix of the sourcedIds its export makes up. */
export const onerosterInstallation = pgTable('oneroster_installation', {
  code: varchar({ length: 16 }).primaryKey(),
});
