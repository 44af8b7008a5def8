import type { DbTransaction } from '@/db';
import { sql } from 'drizzle-orm';
import { type AuditEvent, recordAudit } from '@/lib/audit/record';
import { removeLessons } from '@/lib/journal/lessons';
import { removeMarks } from '@/lib/journal/marks';
import { setClosed } from '@/lib/organizations/register/close';
import { archiveMemberships } from '@/lib/people/archive-memberships';
import { forget } from './ids';
import type { Plan } from './plan';
import { count, type Counts, type Ids, idOf } from './write-roster';
import { idList } from '@/db/bulk-insert';

/**
 * What a delta's tobedeleted rows take away (docs/oneroster.md, "Removing"), in the import's
 * transaction, through the functions the rest of the portal uses: the register's close, People's
 * archive, lib/journal's removals (which keep the rollups right). Each write touches only rows
 * still there, so the same delta twice changes nothing the second time; every change is audited.
 */

export type Actor = { userId: number | null; authorityId: number | null };

export async function writeRemovals(tx: DbTransaction, plan: Plan, roster: Ids, counts: Counts, actor: Actor): Promise<void> {
  const r = plan.removals;
  const events: AuditEvent[] = [];
  const audit = (organizationId: number, action: string, entity: string, entityId: number | string) => events.push({ actorUserId: actor.userId, organizationId, action, entity, entityId });

  // Marks, then lessons with what is written on them.
  const markOrgs = await tx.execute<{ id: string; org: number }>(sql`select m.id, l.organization_id as org from marks m join lessons l on l.id = m.lesson_id where m.id = any(${idList(r.marks.map((m) => m.id))}::bigint[])`);
  const marks = await removeMarks(tx, r.marks.map((m) => m.id));
  for (const m of markOrgs) audit(m.org, 'oneroster.remove', 'mark', m.id);
  count(counts, 'marks', 0, 0, marks.length);
  const lessonOrgs = await tx.execute<{ id: number; org: number }>(sql`select id, organization_id as org from lessons where id = any(${idList(r.lessons.map((l) => l.id))}::int[])`);
  const lessons = await removeLessons(tx, r.lessons.map((l) => l.id));
  for (const l of lessonOrgs) audit(l.org, 'oneroster.remove', 'lesson', l.id);
  count(counts, 'lessons', 0, 0, lessons.length);

  // Places in class lists and form teachers whose enrolment ended.
  const places = plan.enrolments.filter((e) => e.deleted).map((e) => ({ classId: idOf(e.classRef, roster.classes), personId: idOf(e.person, roster.persons) }));
  const left = await tx.execute<{ class_id: number; student_person_id: number; org: number }>(sql`
    delete from class_students cs using school_classes c
    where c.id = cs.class_id and (cs.class_id, cs.student_person_id) in (select * from unnest(${idList(places.map((p) => p.classId))}::int[], ${idList(places.map((p) => p.personId))}::int[]))
    returning cs.class_id, cs.student_person_id, c.organization_id as org`);
  for (const p of left) audit(p.org, 'oneroster.remove', 'class_student', `${p.class_id}-${p.student_person_id}`);
  count(counts, 'enrolments', 0, 0, left.length);
  for (const t of r.formTeachers) {
    const ended = await tx.execute<{ id: number; org: number }>(sql`
      update school_classes set form_teacher_person_id = null where id = ${idOf(t.classRef, roster.classes)} and form_teacher_person_id = ${idOf(t.person, roster.persons)}
      returning id, organization_id as org`);
    for (const c of ended) audit(c.org, 'oneroster.remove', 'form_teacher', c.id);
    count(counts, 'classes', 0, ended.length);
  }

  // Subjects taught in classes, then classes (checked to have no lessons left).
  const sections = await tx.execute<{ class_id: number; subject_id: number; org: number }>(sql`
    delete from class_subjects cs using school_classes c
    where c.id = cs.class_id and (cs.class_id, cs.subject_id) in (select * from unnest(${idList(r.sections.map((s) => s.classId))}::int[], ${idList(r.sections.map((s) => s.subjectId))}::int[]))
    returning cs.class_id, cs.subject_id, c.organization_id as org`);
  for (const s of sections) audit(s.org, 'oneroster.remove', 'class_subject', `${s.class_id}-${s.subject_id}`);
  count(counts, 'sections', 0, 0, sections.length);
  const classIds = idList(r.classes.map((c) => c.id));
  // A student's movement keeps its date and kind; the class it named is gone.
  await tx.execute(sql`update student_movements set class_id = null where class_id = any(${classIds}::int[])`);
  await tx.execute(sql`delete from class_students where class_id = any(${classIds}::int[])`);
  await tx.execute(sql`delete from class_subjects where class_id = any(${classIds}::int[])`);
  await tx.execute(sql`delete from journal_class_stats where class_id = any(${classIds}::int[])`);
  const classes = await tx.execute<{ id: number; org: number }>(sql`delete from school_classes where id = any(${classIds}::int[]) returning id, organization_id as org`);
  for (const c of classes) audit(c.org, 'oneroster.remove', 'school_class', c.id);
  count(counts, 'classes', 0, 0, classes.length);
  await recordAudit(tx, events);
  // Removed rows are forgotten: their sourcedIds name nothing now.
  await forget(tx, 'mark', r.marks.map((m) => m.sourcedId));
  await forget(tx, 'lesson', r.lessons.map((l) => l.sourcedId));
  await forget(tx, 'section', r.sections.map((s) => s.sourcedId));
  await forget(tx, 'class', r.classes.map((c) => c.sourcedId));

  // Memberships archived, organisations closed: never deleted.
  const now = new Date();
  const archived = await archiveMemberships(tx, r.memberships.map((m) => ({ id: m.id, at: m.archivedAt ? new Date(m.archivedAt) : now })), actor.userId);
  count(counts, 'memberships', 0, archived.length);
  if (r.orgs.length > 0) {
    const orgs = await tx.execute<{ id: number; closed_at: string | null; parent_id: number | null }>(sql`
      select id, closed_at, parent_id from organizations where id = any(${idList(r.orgs.map((o) => o.id))}::int[]) for update`);
    let closed = 0;
    for (const o of orgs) {
      const organization = { id: o.id, closedAt: o.closed_at === null ? null : new Date(o.closed_at) };
      closed += await setClosed(tx, { authorityId: actor.authorityId ?? o.parent_id ?? o.id, organization, close: true, actorUserId: actor.userId });
    }
    count(counts, 'organizations', 0, closed);
  }
}
