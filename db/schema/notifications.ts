import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { users } from './people';

/**
 * A mass message of an authority (F-6). The audience is kept twice: as the categories ticked
 * (`audience`, what the list shows) and as the people they reached at publishing
 * (notification_recipients), so "X of Y" and every inbox stay what they were when it was sent.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    title: text().notNull(),
    body: text().notNull(),
    /** The last day (in the organisation's time zone) to read it; after it the message is archived. */
    readBy: date({ mode: 'string' }),
    /** The audience leaves ticked in the wizard, e.g. ["inst.students", "inst.parents"]. */
    audience: jsonb().$type<string[]>().notNull(),
    recipientCount: integer().notNull().default(0),
    /** Kept in step with notification_recipients.read_at by the same transaction: "X of Y" is one row. */
    readCount: integer().notNull().default(0),
    createdByUserId: integer().references(() => users.id),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The wizard draft it was published from: a second Publish of the same draft finds this row. */
    publishKey: uuid().notNull().unique(),
    remindedAt: timestamp({ withTimezone: true }),
    remindedCount: integer().notNull().default(0),
  },
  (t) => [index('notifications_org_idx').on(t.organizationId, t.id), index('notifications_org_read_by_idx').on(t.organizationId, t.readBy)],
);

/**
 * Who a notification was addressed to, resolved once at publishing, and when they read it.
 * Clustered by notification (the primary key), so a publish appends at the right edge of one
 * index: a city-wide message writes ≈ 300,000 rows in one INSERT … SELECT well under the 2 s
 * goal, and that cost does not grow with the notifications sent before.
 *
 * Deliberately without an index by person and without foreign keys. An index led by person_id
 * took a new entry beside every recipient's older ones, touching every leaf page of an index
 * that grows with each message (2.0–2.6 s per city-wide publish after three of them, against
 * 0.85 s without it); a recipient's inbox finds its candidates through notification_segments
 * instead (notification_organizations) and checks them here by primary key. Per-row foreign-key checks tripled the insert
 * (3.4 s instead of 1.1 s): the rows come from memberships (whose person_id is checked), persons
 * are never deleted, and deleting a notification deletes its rows in the same transaction.
 */
export const notificationRecipients = pgTable(
  'notification_recipients',
  {
    notificationId: integer().notNull(),
    personId: integer().notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.notificationId, t.personId] }),
    // The readers list, newest first; empty at publishing, so it costs the publish nothing.
    index('notification_recipients_read_idx')
      .on(t.notificationId, t.readAt)
      .where(sql`${t.readAt} is not null`),
  ],
);

/**
 * The organisations a notification went to (every organisation of the scopes ticked; at most a
 * few hundred rows per message). A recipient's inbox joins their memberships — archived ones
 * too, since they received it while active — to these to find the few notifications that can
 * be theirs, then confirms each in notification_recipients by primary key. Matching on the
 * organisation alone (not the role) keeps that a superset even when a membership's role or
 * rights change later.
 */
export const notificationOrganizations = pgTable(
  'notification_organizations',
  {
    notificationId: integer()
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.organizationId] }), index('notification_organizations_org_idx').on(t.organizationId, t.notificationId)],
);

export type Notification = typeof notifications.$inferSelect;
export type NotificationRecipient = typeof notificationRecipients.$inferSelect;
