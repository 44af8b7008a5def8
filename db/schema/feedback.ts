import { bigint, boolean, index, integer, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { users } from './people';
import { mailOutbox } from './system';

/**
 * Administration → Settings → E-mail for applications (F-4.6): the code last sent for an
 * organisation. One row per organisation: sending a new code replaces the old one. The address
 * becomes the organisation's only when confirmed, so applications keep reaching the old one.
 */
export const applicationsEmailCodes = pgTable('applications_email_codes', {
  organizationId: integer()
    .primaryKey()
    .references(() => organizations.id),
  email: text().notNull(),
  /** sha256 of the organisation, address and code: the code itself is never stored. */
  codeHash: text().notNull(),
  sentAt: timestamp({ withTimezone: true }).notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  failedAttempts: integer().notNull().default(0),
  usedAt: timestamp({ withTimezone: true }),
  outboxId: bigint({ mode: 'number' }).references(() => mailOutbox.id),
});

/** Contacts for citizens' applications and the rules of personal reception (F-2.6, F-5). */
export const feedbackSettings = pgTable('feedback_settings', {
  organizationId: integer()
    .primaryKey()
    .references(() => organizations.id),
  address: text().notNull().default(''),
  phones: text().notNull().default(''),
  email: text().notNull().default(''),
  website: text().notNull().default(''),
  receptionRules: text().notNull().default(''),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One line of the weekly personal reception schedule: day, hours, who receives, where. */
export const receptionHours = pgTable(
  'reception_hours',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: smallint().notNull(),
    /** 'HH:MM', local to the organisation's time zone. */
    startsAt: varchar({ length: 5 }).notNull(),
    endsAt: varchar({ length: 5 }).notNull(),
    receiver: text().notNull(),
    place: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reception_hours_org_idx').on(t.organizationId, t.weekday)],
);

export const feedbackQuestionStatus = pgEnum('feedback_question_status', ['new', 'answered', 'hidden']);

/** Questions and answers (F-2.6): anyone asks; staff answer, publish or hide. */
export const feedbackQuestions = pgTable(
  'feedback_questions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    /** The asker's name and optional address: seen by the organisation's staff only. */
    authorName: text().notNull(),
    authorEmail: text(),
    body: text().notNull(),
    /** The language the visitor asked in: the mail with the answer uses it. */
    locale: varchar({ length: 2 }).notNull().default('kk'),
    answer: text(),
    status: feedbackQuestionStatus().notNull().default('new'),
    /** Visitors see an answered question only while it is published. */
    published: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp({ withTimezone: true }),
    answeredByUserId: integer().references(() => users.id),
    /** The mail that took the first answer to the asker, when they left an address. */
    answerOutboxId: bigint({ mode: 'number' }).references(() => mailOutbox.id),
  },
  (t) => [index('feedback_questions_org_status_idx').on(t.organizationId, t.status, t.createdAt)],
);

export const feedbackApplicationStatus = pgEnum('feedback_application_status', ['new', 'in_work', 'answered']);

/** Citizens' e-applications (F-2.6, F-5): numbered per organisation, seen by its admins only. */
export const feedbackApplications = pgTable(
  'feedback_applications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    /** The number the citizen is given: 1, 2, 3 … within the organisation. */
    number: integer().notNull(),
    authorName: text().notNull(),
    authorEmail: text().notNull(),
    authorPhone: text().notNull().default(''),
    subject: text().notNull(),
    body: text().notNull(),
    /** The language the citizen wrote in: the reply mail uses it. */
    locale: varchar({ length: 2 }).notNull().default('kk'),
    attachmentKey: text(),
    attachmentName: text(),
    attachmentType: text(),
    attachmentSize: integer(),
    status: feedbackApplicationStatus().notNull().default('new'),
    reply: text(),
    repliedAt: timestamp({ withTimezone: true }),
    repliedByUserId: integer().references(() => users.id),
    /** The mail that told the organisation, and the reply mail to the citizen. */
    noticeOutboxId: bigint({ mode: 'number' }).references(() => mailOutbox.id),
    replyOutboxId: bigint({ mode: 'number' }).references(() => mailOutbox.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('feedback_applications_org_number_idx').on(t.organizationId, t.number),
    index('feedback_applications_org_status_idx').on(t.organizationId, t.status, t.createdAt),
  ],
);

export type FeedbackQuestion = typeof feedbackQuestions.$inferSelect;
export type FeedbackApplication = typeof feedbackApplications.$inferSelect;
export type ReceptionHour = typeof receptionHours.$inferSelect;
