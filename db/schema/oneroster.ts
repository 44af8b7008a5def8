import { bigint, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { Issue } from '../../lib/oneroster/issues';
import { organizations } from './organizations';
import { users } from './people';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

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

/**
 * An upload on Administration → Data exchange: checked in the background, then (on Confirm)
 * imported in the background. The page polls this row, so progress survives a reload.
 */
export const onerosterRuns = pgTable(
  'oneroster_runs',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    createdByUserId: integer()
      .notNull()
      .references(() => users.id),
    fileName: text().notNull(),
    /** checking → invalid | checked → importing → done | failed */
    status: varchar({ length: 16 }).notNull(),
    /** The bundle, kept from the upload until it is imported or refused. */
    bundle: bytea(),
    issues: jsonb().$type<Issue[]>().notNull().default([]),
    issueCount: integer().notNull().default(0),
    /** Rows per file of a checked bundle. */
    rows: jsonb().$type<Record<string, number>>().notNull().default({}),
    progress: jsonb().$type<{ step: string; done: number; total: number; at: string } | null>(),
    counts: jsonb().$type<Record<string, { created: number; updated: number; removed?: number }>>().notNull().default({}),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('oneroster_runs_org_idx').on(t.organizationId, t.createdAt)],
);

export type OneRosterRun = typeof onerosterRuns.$inferSelect;
