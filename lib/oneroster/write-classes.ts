import type { DbTransaction } from '@/db';
import { and, eq, sql } from 'drizzle-orm';
import { schoolClasses, classSubjects } from '@/db/schema';
import { assignTeaching, createClasses, enrolStudents, linkParents } from '@/lib/journal/school';
import type { Plan } from './plan';
import { changed, count, type Counts, idOf } from './write-roster';
import { idList } from '@/db/bulk-insert';

/** Classes, the subjects taught in them and by whom, class lists and parents: the roster's last part (write-roster.ts). */

export async function writeClasses(tx: DbTransaction, plan: Plan, orgIds: number[], personIds: number[], subjects: Map<string, number>, counts: Counts): Promise<number[]> {
  const fresh = plan.classes.filter((c) => c.existing === null);
  const created = await createClasses(
    tx,
    fresh.map((c) => ({ organizationId: idOf(c.org, orgIds), schoolYear: c.schoolYear, grade: c.grade, letter: c.letter, formTeacherPersonId: c.formTeacher ? idOf(c.formTeacher, personIds) : null })),
  );
  count(counts, 'classes', fresh.length);
  let next = 0;
  const ids = plan.classes.map((c) => c.existing ?? created[next++]!);
  const teachers = [
    ...plan.classes.filter((c) => c.existing !== null && c.formTeacher).map((c) => ({ classId: c.existing!, person: c.formTeacher! })),
    ...plan.formTeachers,
  ];
  for (const t of teachers) {
    const personId = idOf(t.person, personIds);
    const updated = await tx
      .update(schoolClasses)
      .set({ formTeacherPersonId: personId })
      .where(and(eq(schoolClasses.id, t.classId), sql`${schoolClasses.formTeacherPersonId} is distinct from ${personId}`))
      .returning({ id: schoolClasses.id });
    count(counts, 'classes', 0, updated.length);
  }
  // Subjects taught in the classes.
  const freshSections = plan.sections.filter((s) => s.existing === null && !s.stub);
  await assignTeaching(
    tx,
    freshSections.map((s) => ({ classId: idOf(s.homeroom, ids), subjectId: subjects.get(s.subjectCode)!, teacherPersonId: idOf(s.teacher!, personIds), lessonsPerWeek: s.lessonsPerWeek })),
  );
  count(counts, 'sections', freshSections.length);
  // A section of ours the bundle only refers to (a stub) changes only its teacher, when enrollments name one.
  for (const s of plan.sections.filter((x) => x.existing !== null && (!x.stub || x.teacher))) {
    const set = { ...(s.stub ? {} : { lessonsPerWeek: s.lessonsPerWeek }), ...(s.teacher ? { teacherPersonId: idOf(s.teacher, personIds) } : {}) };
    const where = and(eq(classSubjects.classId, s.existing!.classId), eq(classSubjects.subjectId, s.existing!.subjectId));
    const [current] = await tx.select().from(classSubjects).where(where);
    if (current && Object.keys(changed(current, set)).length > 0) {
      await tx.update(classSubjects).set(set).where(where);
      count(counts, 'sections', 0, 1);
    }
  }
  // Class lists: new places only (a second import finds them there); tobedeleted ones go in write-removals.
  const enrol = plan.enrolments.map((e) => ({ classId: idOf(e.classRef, ids), studentPersonId: idOf(e.person, personIds), deleted: e.deleted }));
  const have = new Set(
    (await tx.execute<{ k: string }>(sql`select class_id || '|' || student_person_id as k from class_students where class_id = any(${idList(enrol.map((e) => e.classId))}::int[])`)).map((r) => r.k),
  );
  const add = enrol.filter((e) => !e.deleted && !have.has(`${e.classId}|${e.studentPersonId}`));
  await enrolStudents(tx, add);
  count(counts, 'enrolments', add.length);
  const links = plan.parentLinks.map((l) => ({ studentPersonId: idOf(l.student, personIds), parentPersonId: idOf(l.parent, personIds) }));
  await linkParents(tx, links);
  return ids;
}

