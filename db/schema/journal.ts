import { bigint, boolean, date, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { persons, users } from './people';

/**
 * School data of the subordinate institutions (the e-journal), which the reports read. Every
 * write goes through lib/journal, which keeps the rollup tables at the end of this file current
 * in the same statement, so a report reads a few thousand rollup rows, not millions of marks.
 *
 * The fact tables (lessons, marks, attendance, homework and its reports, the per-day rollups of
 * absences and sign-ins) carry no foreign keys: at city scale they hold tens of millions of rows,
 * and the per-row key checks made writing them four times slower. lib/journal writes them only
 * with ids it was given by the tables they come from, and a database test checks that the
 * generated data has no orphans. Everything else keeps its foreign keys.
 */

export const lessonStatus = pgEnum('lesson_status', ['held', 'cancelled', 'substituted']);

/** 5-point mark, formative (ФО), section summative (СОР), quarter summative (СОЧ). */
export const markKind = pgEnum('mark_kind', ['point', 'formative', 'section_summative', 'quarter_summative']);

/** An exception in attendance; "present" is not stored. */
export const attendanceKind = pgEnum('attendance_kind', ['absent_illness', 'absent_other', 'late']);

export const studentMovementKind = pgEnum('student_movement_kind', ['arrived', 'left', 'transferred']);

export const subjects = pgTable('subjects', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: varchar({ length: 40 }).notNull().unique(),
  nameKk: text().notNull(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  /** Subjects marked by credit only (music, PE…) get formative marks, no 5-point marks. */
  graded: boolean().notNull().default(true),
  sortOrder: integer().notNull().default(0),
});

/** A class of one school year: grade 1–11 and a letter; the form teacher is a person. */
export const schoolClasses = pgTable(
  'school_classes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    /** The calendar year the school year starts in: 2026 for 2026/27. */
    schoolYear: smallint().notNull(),
    grade: smallint().notNull(),
    letter: varchar({ length: 4 }).notNull(),
    formTeacherPersonId: integer().references(() => persons.id),
  },
  (t) => [uniqueIndex('school_classes_unique_idx').on(t.organizationId, t.schoolYear, t.grade, t.letter)],
);

export const classStudents = pgTable(
  'class_students',
  {
    classId: integer()
      .notNull()
      .references(() => schoolClasses.id),
    studentPersonId: integer()
      .notNull()
      .references(() => persons.id),
  },
  (t) => [primaryKey({ columns: [t.classId, t.studentPersonId] }), index('class_students_student_idx').on(t.studentPersonId)],
);

export const studentParents = pgTable(
  'student_parents',
  {
    studentPersonId: integer()
      .notNull()
      .references(() => persons.id),
    parentPersonId: integer()
      .notNull()
      .references(() => persons.id),
  },
  (t) => [primaryKey({ columns: [t.studentPersonId, t.parentPersonId] }), index('student_parents_parent_idx').on(t.parentPersonId)],
);

/** Who teaches which subject in which class, and how many lessons a week (the timetable's basis). */
export const classSubjects = pgTable(
  'class_subjects',
  {
    classId: integer()
      .notNull()
      .references(() => schoolClasses.id),
    subjectId: integer()
      .notNull()
      .references(() => subjects.id),
    teacherPersonId: integer()
      .notNull()
      .references(() => persons.id),
    lessonsPerWeek: smallint().notNull(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.subjectId] })],
);

export const lessons = pgTable(
  'lessons',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer().notNull(),
    classId: integer().notNull(),
    subjectId: integer().notNull(),
    teacherPersonId: integer().notNull(),
    /** Who taught instead, when status is "substituted". */
    substitutePersonId: integer(),
    date: date({ mode: 'string' }).notNull(),
    /** Lesson number in the day, 1-based. */
    period: smallint().notNull(),
    quarter: smallint().notNull(),
    status: lessonStatus().notNull(),
    topic: text(),
    /** When the teacher filled the lesson in; later than the lesson's day is a late entry. */
    recordedAt: timestamp({ withTimezone: true }),
    lateEntry: boolean().notNull().default(false),
  },
  (t) => [uniqueIndex('lessons_class_slot_idx').on(t.classId, t.date, t.period), index('lessons_org_date_idx').on(t.organizationId, t.date)],
);

export const marks = pgTable(
  'marks',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    lessonId: integer().notNull(),
    studentPersonId: integer().notNull(),
    kind: markKind().notNull(),
    /** Point marks: 2–5 out of 5; formative: out of 10; summative: points out of the task's maximum. */
    score: smallint().notNull(),
    maxScore: smallint().notNull(),
    /** The 5-point mark (summative: by the percent scale); null for formative marks. */
    grade: smallint(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('marks_lesson_idx').on(t.lessonId)],
);

export const attendanceMarks = pgTable(
  'attendance_marks',
  {
    lessonId: integer().notNull(),
    studentPersonId: integer().notNull(),
    kind: attendanceKind().notNull(),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.studentPersonId] })],
);

export const homework = pgTable('homework', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  lessonId: integer().notNull().unique(),
  text: text().notNull(),
});

/** The time a student reported spending on a homework. */
export const homeworkReports = pgTable(
  'homework_reports',
  {
    homeworkId: integer().notNull(),
    studentPersonId: integer().notNull(),
    minutes: smallint().notNull(),
  },
  (t) => [primaryKey({ columns: [t.homeworkId, t.studentPersonId] })],
);

/** Who changed which mark, when (the journal's change history). */
export const journalEdits = pgTable(
  'journal_edits',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    markId: bigint({ mode: 'number' })
      .notNull()
      .references(() => marks.id),
    editorPersonId: integer()
      .notNull()
      .references(() => persons.id),
    oldScore: smallint().notNull(),
    newScore: smallint().notNull(),
    editedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('journal_edits_org_at_idx').on(t.organizationId, t.editedAt)],
);

export const signIns = pgTable(
  'sign_ins',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    signedInAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sign_ins_user_at_idx').on(t.userId, t.signedInAt)],
);

export const studentMovements = pgTable(
  'student_movements',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id),
    studentPersonId: integer()
      .notNull()
      .references(() => persons.id),
    kind: studentMovementKind().notNull(),
    date: date({ mode: 'string' }).notNull(),
    classId: integer().references(() => schoolClasses.id),
    /** Where from or where to: another school, another class, another town. */
    counterpart: text().notNull().default(''),
  },
  (t) => [index('student_movements_org_date_idx').on(t.organizationId, t.date)],
);

export type SchoolClass = typeof schoolClasses.$inferSelect;
export type Lesson = typeof lessons.$inferSelect;
export type Mark = typeof marks.$inferSelect;
export type MarkKind = (typeof markKind.enumValues)[number];
export type AttendanceKind = (typeof attendanceKind.enumValues)[number];
export type LessonStatus = (typeof lessonStatus.enumValues)[number];
export type StudentMovementKind = (typeof studentMovementKind.enumValues)[number];
