import { type AnyPgColumn, index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { territoryLevel } from './enums';

/** Country → region (облыс, or a city of republican significance) → district or city. */
export const territories = pgTable(
  'territories',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer().references((): AnyPgColumn => territories.id),
    level: territoryLevel().notNull(),
    /** KATO code: 9 digits. */
    katoCode: varchar({ length: 9 }).notNull().unique(),
    nameKk: text().notNull(),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
  },
  (t) => [index('territories_parent_idx').on(t.parentId)],
);

export type Territory = typeof territories.$inferSelect;
