import { date, index, integer, pgTable, primaryKey, smallint } from 'drizzle-orm/pg-core';
import { schoolClasses, subjects } from './journal';
import { organizations } from './organizations';

/**
 * Rollups of the school data, written only by lib/journal in the statement that writes the raw
 * rows (see db/schema/journal.ts), so reports read thousands of rows instead of millions.
 */

/** One row per organisation, user and day (in the organisation's time zone) with a sign-in. */
export const signInUserDays = pgTable(
  'sign_in_user_days',
  {
    organizationId: integer().notNull(),
    userId: integer().notNull(),
    day: date({ mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId, t.day] })],
);

/**
 * Distinct users of an organisation who signed in on a day, and of them staff, students and
 * parents (one person with two roles counts in both role columns).
 */
export const organizationSignInDays = pgTable(
  'organization_sign_in_days',
  {
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    day: date({ mode: 'string' }).notNull(),
    users: integer().notNull().default(0),
    staff: integer().notNull().default(0),
    students: integer().notNull().default(0),
    parents: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.day] })],
);

/** Lessons, marks, attendance and homework per class, subject and quarter. */
export const journalClassStats = pgTable(
  'journal_class_stats',
  {
    classId: integer()
      .notNull()
      .references(() => schoolClasses.id),
    subjectId: integer()
      .notNull()
      .references(() => subjects.id),
    quarter: smallint().notNull(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    lessonsHeld: integer().notNull().default(0),
    lessonsCancelled: integer().notNull().default(0),
    lessonsSubstituted: integer().notNull().default(0),
    lessonsWithTopic: integer().notNull().default(0),
    lessonsWithMarks: integer().notNull().default(0),
    lateEntries: integer().notNull().default(0),
    marks2: integer().notNull().default(0),
    marks3: integer().notNull().default(0),
    marks4: integer().notNull().default(0),
    marks5: integer().notNull().default(0),
    formativeMarks: integer().notNull().default(0),
    absentIllness: integer().notNull().default(0),
    absentOther: integer().notNull().default(0),
    lates: integer().notNull().default(0),
    homeworkSet: integer().notNull().default(0),
    homeworkReports: integer().notNull().default(0),
    homeworkMinutes: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.classId, t.subjectId, t.quarter] }), index('journal_class_stats_org_idx').on(t.organizationId)],
);

/** Lessons a student missed on a day (only days with a miss): a full day is missed = held. */
export const studentAbsenceDays = pgTable(
  'student_absence_days',
  {
    studentPersonId: integer().notNull(),
    date: date({ mode: 'string' }).notNull(),
    classId: integer().notNull(),
    organizationId: integer().notNull(),
    quarter: smallint().notNull(),
    missed: smallint().notNull().default(0),
    missedIllness: smallint().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.studentPersonId, t.date] }), index('student_absence_days_org_idx').on(t.organizationId, t.quarter)],
);

/**
 * People of each organisation (active members; a person once, and once in each role group) and
 * how many of them registered: what the activity report shows per institution. Kept current by
 * statement triggers on memberships and users (db/migrations-manual/journal.sql), because those
 * tables are written by the people administration as well as by the journal.
 */
export const organizationPeople = pgTable('organization_people', {
  organizationId: integer()
    .primaryKey()
    .references(() => organizations.id),
  people: integer().notNull().default(0),
  users: integer().notNull().default(0),
  staff: integer().notNull().default(0),
  staffUsers: integer().notNull().default(0),
  students: integer().notNull().default(0),
  studentUsers: integer().notNull().default(0),
  parents: integer().notNull().default(0),
  parentUsers: integer().notNull().default(0),
});
