import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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

/** Sign-in attempts by login and by address, so slowing down holds across app servers. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    key: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    succeeded: boolean().notNull(),
  },
  (t) => [index('sign_in_attempts_key_at_idx').on(t.key, t.at)],
);
