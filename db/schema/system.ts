import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { outboxStatus } from './enums';
import { organizations } from './organizations';
import { users } from './people';

/** Who changed what, when: every change made through an action writes one. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer().references(() => users.id),
    organizationId: integer().references(() => organizations.id),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    /** { field: { from, to } } */
    changes: jsonb().$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
  },
  (t) => [index('audit_events_org_at_idx').on(t.organizationId, t.at), index('audit_events_entity_idx').on(t.entity, t.entityId)],
);

/** Every mail is first a row here, written in the transaction that caused it. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    status: outboxStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    /**
     * The body holds a one-time password or a confirmation code: once a mail service (Resend)
     * accepted it, the sender empties text_body so the secret does not outlive its delivery.
     * Not with the demo's log transport, where this row is the readable copy.
     */
    secret: boolean().notNull().default(false),
  },
  (t) => [index('mail_outbox_pending_idx').on(t.status, t.nextAttemptAt)],
);

/**
 * The one rate-limit store (lib/rate-limit.ts): a hit counter per (limit name, key) in a fixed
 * window, counted by one atomic statement so parallel requests never get past the limit.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    name: text().notNull(),
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    /** When the window ends; a row past it counts from zero again and may be swept. */
    windowEnd: timestamp({ withTimezone: true }).notNull(),
    hits: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.name, t.key] }), index('rate_limits_window_end_idx').on(t.windowEnd)],
);
