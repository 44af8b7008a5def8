import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';
import type { StudentMovementKind } from '@/db/schema';
import { column, inChunks, unnestRows } from './sql-arrays';

/** Classes, enrolment, parents, teaching load and student movement: the school's register. */

export type SubjectInput = { code: string; nameKk: string; nameRu: string; nameEn: string; graded: boolean; sortOrder: number };
export type ClassInput = { organizationId: number; schoolYear: number; grade: number; letter: string; formTeacherPersonId: number | null };
export type TeachingInput = { classId: number; subjectId: number; teacherPersonId: number; lessonsPerWeek: number };
export type MovementInput = { organizationId: number; studentPersonId: number; kind: StudentMovementKind; date: string; classId: number | null; counterpart: string };

/** Adds the subjects that are missing (by code) and returns every subject's id by code. */
export async function ensureSubjects(db: DbExecutor, subjects: readonly SubjectInput[]): Promise<Map<string, number>> {
  const columns = [
    column(subjects, 'code', 'varchar', (s) => s.code),
    column(subjects, 'name_kk', 'text', (s) => s.nameKk),
    column(subjects, 'name_ru', 'text', (s) => s.nameRu),
    column(subjects, 'name_en', 'text', (s) => s.nameEn),
    column(subjects, 'graded', 'boolean', (s) => s.graded),
    column(subjects, 'sort_order', 'integer', (s) => s.sortOrder),
  ];
  await db.execute(sql`
    insert into subjects (code, name_kk, name_ru, name_en, graded, sort_order)
    select * from ${unnestRows('r', columns, 0, subjects.length)}
    on conflict (code) do nothing`);
  const rows = await db.execute<{ id: number; code: string }>(sql`select id, code from subjects`);
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function createClasses(db: DbExecutor, classes: readonly ClassInput[]): Promise<number[]> {
  const columns = [
    column(classes, 'organization_id', 'integer', (c) => c.organizationId),
    column(classes, 'school_year', 'smallint', (c) => c.schoolYear),
    column(classes, 'grade', 'smallint', (c) => c.grade),
    column(classes, 'letter', 'varchar', (c) => c.letter),
    column(classes, 'form_teacher_person_id', 'integer', (c) => c.formTeacherPersonId),
  ];
  const rows = await inChunks(classes.length, (from, to) =>
    db.execute<{ id: number; organization_id: number; school_year: number; grade: number; letter: string }>(sql`
      insert into school_classes (organization_id, school_year, grade, letter, form_teacher_person_id)
      select * from ${unnestRows('r', columns, from, to)}
      returning id, organization_id, school_year, grade, letter`),
  );
  const key = (c: { organizationId: number; schoolYear: number; grade: number; letter: string }) => `${c.organizationId}|${c.schoolYear}|${c.grade}|${c.letter}`;
  const ids = new Map(rows.map((r) => [key({ organizationId: r.organization_id, schoolYear: r.school_year, grade: r.grade, letter: r.letter }), r.id]));
  return classes.map((c) => ids.get(key(c))!);
}

/** Puts students in classes; their membership's position becomes the class ("5 «Ә» класс"). */
export async function enrolStudents(db: DbExecutor, rows: ReadonlyArray<{ classId: number; studentPersonId: number }>): Promise<void> {
  const columns = [column(rows, 'class_id', 'integer', (r) => r.classId), column(rows, 'student_person_id', 'integer', (r) => r.studentPersonId)];
  await inChunks(rows.length, async (from, to) => {
    await db.execute(sql`
      with inserted as (
        insert into class_students (class_id, student_person_id)
        select class_id, student_person_id from ${unnestRows('r', columns, from, to)}
        returning class_id, student_person_id
      )
      update memberships m set position = c.grade || ' «' || c.letter || '» класс'
      from inserted i join school_classes c on c.id = i.class_id
      where m.person_id = i.student_person_id and m.organization_id = c.organization_id and m.role = 'student' and m.archived_at is null`);
    return [];
  });
}

export async function linkParents(db: DbExecutor, rows: ReadonlyArray<{ studentPersonId: number; parentPersonId: number }>): Promise<void> {
  const columns = [column(rows, 'student_person_id', 'integer', (r) => r.studentPersonId), column(rows, 'parent_person_id', 'integer', (r) => r.parentPersonId)];
  await inChunks(rows.length, async (from, to) => {
    await db.execute(sql`insert into student_parents select * from ${unnestRows('r', columns, from, to)} on conflict do nothing`);
    return [];
  });
}

export async function assignTeaching(db: DbExecutor, rows: readonly TeachingInput[]): Promise<void> {
  const columns = [
    column(rows, 'class_id', 'integer', (r) => r.classId),
    column(rows, 'subject_id', 'integer', (r) => r.subjectId),
    column(rows, 'teacher_person_id', 'integer', (r) => r.teacherPersonId),
    column(rows, 'lessons_per_week', 'smallint', (r) => r.lessonsPerWeek),
  ];
  await inChunks(rows.length, async (from, to) => {
    await db.execute(sql`
      insert into class_subjects (class_id, subject_id, teacher_person_id, lessons_per_week)
      select * from ${unnestRows('r', columns, from, to)}`);
    return [];
  });
}

/**
 * Records arrivals, departures and transfers. A student who left is archived in the school from
 * that day (the start of the day in the school's time zone): the membership stays, as for anyone
 * removed from an organisation, and the student no longer counts among its people.
 */
export async function recordStudentMovements(db: DbExecutor, rows: readonly MovementInput[]): Promise<void> {
  const columns = [
    column(rows, 'organization_id', 'integer', (r) => r.organizationId),
    column(rows, 'student_person_id', 'integer', (r) => r.studentPersonId),
    column(rows, 'kind', 'student_movement_kind', (r) => r.kind),
    column(rows, 'date', 'date', (r) => r.date),
    column(rows, 'class_id', 'integer', (r) => r.classId),
    column(rows, 'counterpart', 'text', (r) => r.counterpart),
  ];
  await inChunks(rows.length, async (from, to) => {
    await db.execute(sql`
      with inserted as (
        insert into student_movements (organization_id, student_person_id, kind, date, class_id, counterpart)
        select * from ${unnestRows('r', columns, from, to)}
        returning organization_id, student_person_id, kind, date
      )
      update memberships m set archived_at = (i.date::timestamp at time zone o.time_zone)
      from inserted i join organizations o on o.id = i.organization_id
      where i.kind = 'left' and m.person_id = i.student_person_id and m.organization_id = i.organization_id
        and m.role = 'student' and m.archived_at is null`);
    return [];
  });
}
