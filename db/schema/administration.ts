import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './organizations';
import { persons, users } from './people';

/**
 * A person's one-time invitation (F-3.2): a generated login and a one-time password (stored
 * hashed). Registering uses it up; reissuing voids the old one.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => persons.id),
    organizationId: integer().references(() => organizations.id),
    login: text().notNull(),
    passwordHash: text().notNull(),
    createdByUserId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp({ withTimezone: true }),
    voidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('invitations_login_lower_idx').on(sql`lower(${t.login})`), index('invitations_person_idx').on(t.personId)],
);

/**
 * The add-person wizard's state between steps, kept on the server so Back and a reload lose
 * nothing; consumed (deleted) by Create, so a double click creates one person.
 */
export const wizardDrafts = pgTable(
  'wizard_drafts',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    step: integer().notNull().default(1),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('wizard_drafts_user_idx').on(t.userId, t.kind)],
);

/** A previewed spreadsheet import: its parsed rows wait here until the admin confirms. */
export const importBatches = pgTable('import_batches', {
  id: uuid().primaryKey().defaultRandom(),
  organizationId: integer()
    .notNull()
    .references(() => organizations.id),
  createdByUserId: integer()
    .notNull()
    .references(() => users.id),
  fileName: text().notNull(),
  /** What the rows are: people (Administration → People) or the register of institutions (Settings → Register). */
  kind: text().$type<'people' | 'register'>().notNull().default('people'),
  rows: jsonb().$type<unknown[]>().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  committedAt: timestamp({ withTimezone: true }),
});

export type Invitation = typeof invitations.$inferSelect;
export type WizardDraft = typeof wizardDrafts.$inferSelect;
export type ImportBatch = typeof importBatches.$inferSelect;
