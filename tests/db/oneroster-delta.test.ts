import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle, type ImportResult } from '@/lib/oneroster/import';
import { subordinateInstitutionIds } from '@/lib/organizations/subordinates/sets';
import { buildIin } from '@/lib/people/iin';
import { makeBundle, type Rows } from '../support/oneroster-bundle';
import { useTestDatabase } from './test-database';

/**
 * A OneRoster delta's `status=tobedeleted` for every file (docs/oneroster.md, "Removing"), mapped
 * onto our non-destructive rules: an org is closed, a user's memberships archived, a class, a
 * subject taught, a lesson and a mark removed through lib/journal with the rollups right, a
 * session, course or category refused while in use. Each delta is imported twice: the second
 * time changes nothing.
 */

const { db } = await useTestDatabase();

let serial = 5000;
const iin = (birth: string, sex: 'male' | 'female') => {
  let v: string | null = null;
  while (!v) v = buildIin(birth, sex, serial++);
  return v;
};
const IIN = { teacher: iin('1985-03-14', 'female'), teacher2: iin('1986-05-11', 'male'), s1: iin('2015-04-20', 'male'), s2: iin('2015-06-01', 'female'), s3: iin('2014-02-02', 'male') };

const one = async <T>(query: ReturnType<typeof sql>) => (await db.execute<T & Record<string, unknown>>(query))[0]!;
const idOf = async (sourced: string, entity = 'org') => Number((await one<{ local_id: string }>(sql`select local_id from oneroster_ids where entity = ${entity} and sourced_id = ${sourced}`)).local_id);

const bulk = (): Record<string, Rows> => ({
  orgs: [
    { sourcedId: 'd-1', name: 'District one', type: 'district' },
    { sourcedId: 'd-2', name: 'District two', type: 'district' },
    { sourcedId: 'sch-1', name: 'School 1', type: 'school', parentSourcedId: 'd-1' },
    { sourcedId: 'sch-2', name: 'School 2', type: 'school', parentSourcedId: 'd-1' },
    { sourcedId: 'sch-9', name: 'School 9', type: 'school', parentSourcedId: 'd-2' },
  ],
  academicSessions: [
    { sourcedId: 'y2026', title: '2026/27', type: 'schoolYear', startDate: '2026-09-01', endDate: '2027-05-25', parentSourcedId: '', schoolYear: '2027' },
    { sourcedId: 't2', title: 'Q2', type: 'gradingPeriod', startDate: '2026-11-02', endDate: '2026-12-28', parentSourcedId: 'y2026', schoolYear: '2027', 'metadata.kundelik.quarter': '2' },
  ],
  courses: [
    { sourcedId: 'c-hr', title: 'Homeroom', courseCode: 'homeroom', orgSourcedId: 'd-1' },
    { sourcedId: 'c-math', title: 'Mathematics', courseCode: 'mathematics', orgSourcedId: 'd-1' },
  ],
  classes: [
    { sourcedId: 'k-5a', title: '5 «А»', grades: '05', courseSourcedId: 'c-hr', classType: 'homeroom', schoolSourcedId: 'sch-1', termSourcedIds: 'y2026' },
    { sourcedId: 'k-5a-math', title: '5A Mathematics', grades: '05', courseSourcedId: 'c-math', classType: 'scheduled', schoolSourcedId: 'sch-1', termSourcedIds: 'y2026', 'metadata.kundelik.homeroom': 'k-5a' },
    { sourcedId: 'k-6b', title: '6 «Б»', grades: '06', courseSourcedId: 'c-hr', classType: 'homeroom', schoolSourcedId: 'sch-1', termSourcedIds: 'y2026' },
  ],
  users: [
    { sourcedId: 'u-t', enabledUser: 'true', username: 'dteacher', givenName: 'Dana', familyName: 'Teacher', identifier: IIN.teacher },
    { sourcedId: 'u-t2', enabledUser: 'false', username: 'dteacher2', givenName: 'Erlan', familyName: 'Teacher', identifier: IIN.teacher2 },
    { sourcedId: 'u-s1', enabledUser: 'false', username: 's1', givenName: 'Arman', familyName: 'Pupil', identifier: IIN.s1 },
    { sourcedId: 'u-s2', enabledUser: 'true', username: 'dpupil2', givenName: 'Aru', familyName: 'Pupil', identifier: IIN.s2 },
    { sourcedId: 'u-s3', enabledUser: 'false', username: 's3', givenName: 'Bolat', familyName: 'Pupil', identifier: IIN.s3 },
  ],
  roles: [
    { sourcedId: 'r-t', userSourcedId: 'u-t', roleType: 'primary', role: 'teacher', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-t-2', userSourcedId: 'u-t', roleType: 'secondary', role: 'teacher', orgSourcedId: 'sch-2' },
    { sourcedId: 'r-t2', userSourcedId: 'u-t2', roleType: 'primary', role: 'teacher', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-s1', userSourcedId: 'u-s1', roleType: 'primary', role: 'student', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-s2', userSourcedId: 'u-s2', roleType: 'primary', role: 'student', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-s2-9', userSourcedId: 'u-s2', roleType: 'secondary', role: 'student', orgSourcedId: 'sch-9' },
    { sourcedId: 'r-s3', userSourcedId: 'u-s3', roleType: 'primary', role: 'student', orgSourcedId: 'sch-1' },
  ],
  enrollments: [
    { sourcedId: 'e-1', classSourcedId: 'k-5a', schoolSourcedId: 'sch-1', userSourcedId: 'u-s1', role: 'student' },
    { sourcedId: 'e-2', classSourcedId: 'k-5a', schoolSourcedId: 'sch-1', userSourcedId: 'u-s2', role: 'student' },
    { sourcedId: 'e-3', classSourcedId: 'k-5a', schoolSourcedId: 'sch-1', userSourcedId: 'u-t', role: 'teacher', primary: 'true' },
    { sourcedId: 'e-4', classSourcedId: 'k-5a-math', schoolSourcedId: 'sch-1', userSourcedId: 'u-t', role: 'teacher', primary: 'true' },
    { sourcedId: 'e-5', classSourcedId: 'k-6b', schoolSourcedId: 'sch-1', userSourcedId: 'u-s3', role: 'student' },
  ],
  categories: [{ sourcedId: 'cat-point', title: 'Marks' }],
  lineItems: [
    {
      sourcedId: 'li-1', title: 'Fractions', assignDate: '2026-11-10', classSourcedId: 'k-5a-math', categorySourcedId: 'cat-point', gradingPeriodSourcedId: 't2',
      'metadata.kundelik.attendance': JSON.stringify({ 'u-s1': 'absent_illness' }), 'metadata.kundelik.homework': 'p. 5', 'metadata.kundelik.homeworkReports': JSON.stringify({ 'u-s2': 20 }),
    },
    { sourcedId: 'li-2', title: 'Decimals', assignDate: '2026-11-11', classSourcedId: 'k-5a-math', categorySourcedId: 'cat-point', gradingPeriodSourcedId: 't2' },
  ],
  results: [
    { sourcedId: 'res-1', lineItemSourcedId: 'li-1', studentSourcedId: 'u-s2', scoreStatus: 'fully graded', score: '5', scoreDate: '2026-11-10' },
    { sourcedId: 'res-2', lineItemSourcedId: 'li-2', studentSourcedId: 'u-s1', scoreStatus: 'fully graded', score: '4', scoreDate: '2026-11-11' },
    { sourcedId: 'res-3', lineItemSourcedId: 'li-2', studentSourcedId: 'u-s2', scoreStatus: 'fully graded', score: '3', scoreDate: '2026-11-11' },
  ],
});

/** The rollups as lib/journal keeps them, and the same counted again from the journal's own rows. */
async function rollups() {
  const kept = await db.execute(sql`
    select class_id, subject_id, quarter, lessons_held, lessons_with_marks, marks2, marks3, marks4, marks5, absent_illness, homework_set, homework_reports, homework_minutes
    from journal_class_stats
    where lessons_held + lessons_with_marks + marks2 + marks3 + marks4 + marks5 + absent_illness + homework_set + homework_reports + homework_minutes > 0
    order by 1, 2, 3`);
  const counted = await db.execute(sql`
    select l.class_id, l.subject_id, l.quarter,
      count(*) filter (where l.status <> 'cancelled')::int as lessons_held,
      count(*) filter (where exists (select 1 from marks m where m.lesson_id = l.id))::int as lessons_with_marks,
      coalesce(sum((select count(*) from marks m where m.lesson_id = l.id and m.grade = 2)), 0)::int as marks2,
      coalesce(sum((select count(*) from marks m where m.lesson_id = l.id and m.grade = 3)), 0)::int as marks3,
      coalesce(sum((select count(*) from marks m where m.lesson_id = l.id and m.grade = 4)), 0)::int as marks4,
      coalesce(sum((select count(*) from marks m where m.lesson_id = l.id and m.grade = 5)), 0)::int as marks5,
      coalesce(sum((select count(*) from attendance_marks a where a.lesson_id = l.id and a.kind = 'absent_illness')), 0)::int as absent_illness,
      count(h.id)::int as homework_set,
      coalesce(sum((select count(*) from homework_reports r where r.homework_id = h.id)), 0)::int as homework_reports,
      coalesce(sum((select sum(minutes) from homework_reports r where r.homework_id = h.id)), 0)::int as homework_minutes
    from lessons l left join homework h on h.lesson_id = l.id
    group by 1, 2, 3 order by 1, 2, 3`);
  const absences = await db.execute(sql`select student_person_id, date::text, missed from student_absence_days order by 1, 2`);
  const countedAbsences = await db.execute(sql`
    select a.student_person_id, l.date::text, count(*)::int as missed from attendance_marks a join lessons l on l.id = a.lesson_id where a.kind <> 'late' group by 1, 2 order by 1, 2`);
  return { kept: [...kept], counted: [...counted], absences: [...absences].map((a) => ({ ...a, missed: Number(a.missed) })), countedAbsences: [...countedAbsences] };
}

/** Everything a delta may change, to see that the second run changes nothing. */
const state = async () =>
  one(sql`select
    (select count(*)::int from organizations where closed_at is not null) as closed,
    (select count(*)::int from memberships where archived_at is not null) as archived,
    (select count(*)::int from school_classes) as classes, (select count(*)::int from class_subjects) as sections, (select count(*)::int from class_students) as places,
    (select count(*)::int from lessons) as lessons, (select count(*)::int from marks) as marks, (select count(*)::int from attendance_marks) as attendance,
    (select count(*)::int from homework) as homework, (select count(*)::int from audit_events) as audit, (select count(*)::int from oneroster_ids) as ids,
    (select string_agg(coalesce(form_teacher_person_id::text, '-'), ',' order by id) from school_classes) as form_teachers,
    (select sum(lessons_held + lessons_with_marks + marks2 + marks3 + marks4 + marks5 + absent_illness + homework_set + homework_reports)::int from journal_class_stats) as stats`);

/** Imports a delta twice: the first must pass, the second must change nothing. */
async function twice(files: Record<string, Rows>, authority: string | null = 'd-1'): Promise<ImportResult> {
  const options = { authorityId: authority === null ? null : await idOf(authority) };
  const bytes = await makeBundle(files, { mode: 'delta' });
  const first = await importBundle(db, bytes, options);
  if (!first.ok) throw new Error(JSON.stringify(first.issues));
  const after = await state();
  const again = await importBundle(db, bytes, options);
  if (!again.ok) throw new Error(JSON.stringify(again.issues));
  for (const [entity, c] of Object.entries(again.counts)) expect({ entity, ...c }).toEqual({ entity, created: 0, updated: 0 });
  expect(await state()).toEqual(after);
  return first;
}

/** A delta refused: its problems, and nothing written. */
async function refused(files: Record<string, Rows>, authority = 'd-1') {
  const before = await state();
  const result = await importBundle(db, await makeBundle(files, { mode: 'delta' }), { authorityId: await idOf(authority) });
  expect(await state()).toEqual(before);
  if (result.ok) throw new Error('the delta was accepted');
  return result.issues.map((i) => ({ file: i.file, line: i.line, column: i.column, key: i.key }));
}

const gone = { status: 'tobedeleted', dateLastModified: '2026-11-20T10:00:00Z' };

beforeAll(async () => {
  const result = await importBundle(db, await makeBundle(bulk()), { authorityId: null });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const r = await rollups();
  expect(r.kept).toEqual(r.counted);
  expect(r.kept).toHaveLength(1);
});

describe('OneRoster delta: tobedeleted', () => {
  it('a result removes the mark through lib/journal, the rollups following', async () => {
    const result = await twice({ results: [{ sourcedId: 'res-3', ...gone, lineItemSourcedId: 'li-2', studentSourcedId: 'u-s2', scoreStatus: 'fully graded', score: '3', scoreDate: '2026-11-11' }] });
    if (!result.ok) throw new Error('refused');
    expect(result.counts.marks).toEqual({ created: 0, updated: 0, removed: 1 });
    expect((await one<{ n: number }>(sql`select count(*)::int as n from marks`)).n).toBe(2);
    expect((await one<{ n: number }>(sql`select count(*)::int as n from oneroster_ids where sourced_id = 'res-3'`)).n).toBe(0);
    const r = await rollups();
    expect(r.kept).toEqual(r.counted);
    expect(r.kept[0]).toMatchObject({ lessons_with_marks: 2, marks3: 0, marks4: 1, marks5: 1 });
    expect((await one<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'oneroster.remove' and entity = 'mark'`)).n).toBe(1);
  });

  it('a line item removes the lesson with its marks, attendance and homework, the rollups following', async () => {
    await twice({ lineItems: [{ sourcedId: 'li-1', ...gone, title: 'Fractions', assignDate: '2026-11-10', classSourcedId: 'k-5a-math', gradingPeriodSourcedId: 't2' }] });
    expect(await one(sql`select (select count(*)::int from lessons) as lessons, (select count(*)::int from marks) as marks, (select count(*)::int from attendance_marks) as attendance,
      (select count(*)::int from homework) as homework, (select count(*)::int from homework_reports) as reports, (select count(*)::int from student_absence_days) as absences`)).toEqual({
      lessons: 1,
      marks: 1,
      attendance: 0,
      homework: 0,
      reports: 0,
      absences: 0,
    });
    const r = await rollups();
    expect(r.kept).toEqual(r.counted);
    expect(r.absences).toEqual(r.countedAbsences);
    expect(r.kept[0]).toMatchObject({ lessons_held: 1, lessons_with_marks: 1, marks4: 1, marks5: 0, absent_illness: 0, homework_set: 0, homework_minutes: 0 });
  });

  it('a class with lessons left is refused; with its line items in the same delta it goes', async () => {
    const section = { sourcedId: 'k-5a-math', ...gone, title: '5A Mathematics', courseSourcedId: 'c-math', classType: 'scheduled', schoolSourcedId: 'sch-1', termSourcedIds: 'y2026' };
    expect(await refused({ classes: [section] })).toEqual([{ file: 'classes.csv', line: 2, column: 'status', key: 'class_has_lessons' }]);
    await twice({ classes: [section], lineItems: [{ sourcedId: 'li-2', ...gone, title: 'Decimals', assignDate: '2026-11-11', classSourcedId: 'k-5a-math', gradingPeriodSourcedId: 't2' }] });
    expect(await one(sql`select (select count(*)::int from class_subjects) as sections, (select count(*)::int from lessons) as lessons, (select count(*)::int from marks) as marks`)).toEqual({ sections: 0, lessons: 0, marks: 0 });
    const r = await rollups();
    expect(r.kept).toEqual([]);
  });

  it('a homeroom class without lessons goes with its class list', async () => {
    await twice({ classes: [{ sourcedId: 'k-6b', ...gone, title: '6 «Б»', courseSourcedId: 'c-hr', classType: 'homeroom', schoolSourcedId: 'sch-1', termSourcedIds: 'y2026' }] });
    expect(await one(sql`select (select count(*)::int from school_classes) as classes, (select count(*)::int from class_students) as places`)).toEqual({ classes: 1, places: 2 });
    // The pupil stays a pupil of the school: only the class went.
    expect((await one<{ n: number }>(sql`select count(*)::int as n from memberships m join persons p on p.id = m.person_id where p.iin = ${IIN.s3} and m.archived_at is null`)).n).toBe(1);
  });

  it('enrollments end a class place and a form teacher; a subject’s teacher needs a successor', async () => {
    await twice({
      enrollments: [
        { sourcedId: 'e-1', ...gone, classSourcedId: 'k-5a', schoolSourcedId: 'sch-1', userSourcedId: 'u-s1', role: 'student' },
        { sourcedId: 'e-3', ...gone, classSourcedId: 'k-5a', schoolSourcedId: 'sch-1', userSourcedId: 'u-t', role: 'teacher' },
      ],
    });
    expect(await one(sql`select form_teacher_person_id as form, (select count(*)::int from class_students cs where cs.class_id = c.id) as places from school_classes c`)).toEqual({ form: null, places: 1 });
    // A subject taught again, then its teacher leaving without a successor.
    const added = await importBundle(
      db,
      await makeBundle(
        {
          classes: [{ sourcedId: 'k-5a-math2', title: '5A Mathematics', courseSourcedId: 'course-mathematics', classType: 'scheduled', schoolSourcedId: 'sch-1', termSourcedIds: 'sy-2026', 'metadata.kundelik.homeroom': 'k-5a' }],
          enrollments: [{ sourcedId: 'e-6', classSourcedId: 'k-5a-math2', schoolSourcedId: 'sch-1', userSourcedId: 'u-t', role: 'teacher' }],
        },
        { mode: 'delta' },
      ),
      { authorityId: await idOf('d-1') },
    );
    expect(added.ok).toBe(true);
    const leaving = { sourcedId: 'e-6', ...gone, classSourcedId: 'k-5a-math2', schoolSourcedId: 'sch-1', userSourcedId: 'u-t', role: 'teacher' };
    expect(await refused({ enrollments: [leaving] })).toEqual([{ file: 'enrollments.csv', line: 2, column: 'status', key: 'teacher_needs_successor' }]);
    await twice({ enrollments: [leaving, { sourcedId: 'e-7', classSourcedId: 'k-5a-math2', schoolSourcedId: 'sch-1', userSourcedId: 'u-t2', role: 'teacher' }] });
    expect((await one<{ iin: string }>(sql`select p.iin from class_subjects cs join persons p on p.id = cs.teacher_person_id`)).iin).toBe(IIN.teacher2);
  });

  it('a user archives their memberships inside the jurisdiction only, as People’s archive does', async () => {
    await twice({ users: [{ sourcedId: 'u-s2', ...gone, enabledUser: 'true', username: 'dpupil2', givenName: 'Aru', familyName: 'Pupil', identifier: IIN.s2 }] });
    const rows = await db.execute<{ org: number; archived: boolean }>(sql`
      select m.organization_id as org, m.archived_at is not null as archived from memberships m join persons p on p.id = m.person_id where p.iin = ${IIN.s2} order by 1`);
    expect(rows.map((r) => ({ org: r.org, archived: r.archived }))).toEqual([
      { org: await idOf('sch-1'), archived: true },
      { org: await idOf('sch-9'), archived: false },
    ]);
    // The person and the account stay; the archive is audited as People's.
    expect((await one<{ n: number }>(sql`select count(*)::int as n from users u join persons p on p.id = u.person_id where p.iin = ${IIN.s2}`)).n).toBe(1);
    expect((await one<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'membership.archive' and organization_id = ${await idOf('sch-1')}`)).n).toBe(1);
    expect(await one(sql`select students from organization_people where organization_id = ${await idOf('sch-1')}`)).toEqual({ students: 2 });
  });

  it('a role archives that one membership, audited; one never imported makes none', async () => {
    await twice({
      roles: [
        { sourcedId: 'r-t-2', ...gone, userSourcedId: 'u-t', roleType: 'secondary', role: 'teacher', orgSourcedId: 'sch-2' },
        { sourcedId: 'r-never', ...gone, userSourcedId: 'u-t2', roleType: 'secondary', role: 'teacher', orgSourcedId: 'sch-2' },
      ],
    });
    expect((await one<{ n: number }>(sql`select count(*)::int as n from memberships m join persons p on p.id = m.person_id where p.iin = ${IIN.teacher2} and m.organization_id = ${await idOf('sch-2')}`)).n).toBe(0);
    expect((await one<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'membership.archive' and organization_id = ${await idOf('sch-2')}`)).n).toBe(1);
    const rows = await db.execute<{ org: number; archived: boolean }>(sql`
      select m.organization_id as org, m.archived_at is not null as archived from memberships m join persons p on p.id = m.person_id where p.iin = ${IIN.teacher} order by 1`);
    expect(rows.map((r) => ({ org: r.org, archived: r.archived }))).toEqual([
      { org: await idOf('sch-1'), archived: false },
      { org: await idOf('sch-2'), archived: true },
    ]);
  });

  it('an org is closed as the register closes it: out of the subordinate set, never deleted', async () => {
    const district = await idOf('d-1');
    const school = await idOf('sch-2');
    expect(await subordinateInstitutionIds(db, district)).toContain(school);
    const result = await twice({ orgs: [{ sourcedId: 'sch-2', ...gone, name: 'School 2', type: 'school', parentSourcedId: 'd-1' }] });
    if (!result.ok) throw new Error('refused');
    expect(result.counts.organizations).toEqual({ created: 0, updated: 1 });
    expect(await one(sql`select closed_at is not null as closed, full_name from organizations where id = ${school}`)).toEqual({ closed: true, full_name: 'School 2' });
    expect(await subordinateInstitutionIds(db, district)).not.toContain(school);
    expect(await one(sql`select organization_id, entity_id from audit_events where action = 'organization.register.close'`)).toEqual({ organization_id: district, entity_id: String(school) });
  });

  it('an org outside the jurisdiction, or the importer’s own authority, is refused', async () => {
    expect(await refused({ orgs: [{ sourcedId: 'sch-9', ...gone, name: 'School 9', type: 'school', parentSourcedId: 'd-2' }] })).toEqual([
      { file: 'orgs.csv', line: 2, column: 'sourcedId', key: 'org_outside_jurisdiction' },
    ]);
    expect(await refused({ orgs: [{ sourcedId: 'd-1', ...gone, name: 'District one', type: 'district' }] })).toEqual([{ file: 'orgs.csv', line: 2, column: 'status', key: 'org_close_own' }]);
  });

  it('a lesson of another authority is refused', async () => {
    // A lesson of district two's school, then district one naming it.
    const other = await importBundle(
      db,
      await makeBundle({
        classes: [
          { sourcedId: 'k-9a', title: '9 «А»', courseSourcedId: 'course-homeroom', classType: 'homeroom', schoolSourcedId: 'sch-9', termSourcedIds: 'sy-2026' },
          { sourcedId: 'k-9a-math', title: '9A Mathematics', courseSourcedId: 'course-mathematics', classType: 'scheduled', schoolSourcedId: 'sch-9', termSourcedIds: 'sy-2026', 'metadata.kundelik.homeroom': 'k-9a' },
        ],
        enrollments: [{ sourcedId: 'e-9', classSourcedId: 'k-9a-math', schoolSourcedId: 'sch-9', userSourcedId: 'u-t', role: 'teacher' }],
        lineItems: [{ sourcedId: 'li-9', title: 'Algebra', assignDate: '2026-11-12', classSourcedId: 'k-9a-math', gradingPeriodSourcedId: 'q-2026-2' }],
      }),
      { authorityId: null },
    );
    if (!other.ok) throw new Error(JSON.stringify(other.issues));
    expect(await refused({ lineItems: [{ sourcedId: 'li-9', ...gone, title: 'Algebra', assignDate: '2026-11-12', classSourcedId: 'k-9a-math', gradingPeriodSourcedId: 't2' }] })).toEqual([
      { file: 'lineItems.csv', line: 2, column: 'sourcedId', key: 'org_outside_jurisdiction' },
    ]);
  });

  it('sessions, courses and categories in use are refused; unused ones are left as they are', async () => {
    expect(
      await refused({
        academicSessions: [{ sourcedId: 'y2026', ...gone, title: '2026/27', type: 'schoolYear', startDate: '2026-09-01', endDate: '2027-05-25', schoolYear: '2027' }],
        courses: [{ sourcedId: 'c-math', ...gone, title: 'Mathematics', courseCode: 'mathematics', orgSourcedId: 'd-1' }],
      }, 'd-2'),
    ).toEqual([
      { file: 'academicSessions.csv', line: 2, column: 'status', key: 'session_in_use' },
      { file: 'courses.csv', line: 2, column: 'status', key: 'course_in_use' },
    ]);
    // District one's only scheduled class is gone: mathematics is taught nowhere in it any more.
    await twice({ courses: [{ sourcedId: 'c-art', ...gone, title: 'Art', courseCode: 'art', orgSourcedId: 'd-1' }], categories: [{ sourcedId: 'cat-formative', ...gone, title: 'ФО' }] });
    const point = await importBundle(
      db,
      await makeBundle({ lineItems: [{ sourcedId: 'li-3', title: 'Tables', assignDate: '2026-11-13', classSourcedId: 'k-5a-math2', gradingPeriodSourcedId: 'q-2026-2' }], results: [{ sourcedId: 'res-9', lineItemSourcedId: 'li-3', studentSourcedId: 'u-s2', scoreStatus: 'fully graded', score: '5', scoreDate: '2026-11-13' }] }, { mode: 'delta' }),
      { authorityId: await idOf('d-1') },
    );
    if (!point.ok) throw new Error(JSON.stringify(point.issues));
    expect(await refused({ categories: [{ sourcedId: 'cat-point', ...gone, title: 'Marks' }] })).toEqual([{ file: 'categories.csv', line: 2, column: 'status', key: 'category_in_use' }]);
  });
  it('an organisation keeps an admin: a delta taking away its last one is refused at that row, one giving the right to another passes', async () => {
    const rights = 'metadata.kundelik.rights';
    const erlan = { sourcedId: 'r-t2', userSourcedId: 'u-t2', roleType: 'primary', role: 'teacher', orgSourcedId: 'sch-1' };
    await twice({ roles: [{ ...erlan, [rights]: 'admin' }] });
    const school = await idOf('sch-1');
    const admins = async () => (await db.execute<{ iin: string }>(sql`
      select p.iin from memberships m join persons p on p.id = m.person_id where m.organization_id = ${school} and m.is_admin and m.archived_at is null order by 1`)).map((r) => r.iin);
    expect(await admins()).toEqual([IIN.teacher2]);

    const erlanGone = { sourcedId: 'u-t2', ...gone, enabledUser: 'false', username: 'dteacher2', givenName: 'Erlan', familyName: 'Teacher', identifier: IIN.teacher2 };
    expect(await refused({ users: [erlanGone] })).toContainEqual({ file: 'users.csv', line: 2, column: 'status', key: 'last_admin' });
    expect(await refused({ roles: [{ ...erlan, ...gone }] })).toContainEqual({ file: 'roles.csv', line: 2, column: 'status', key: 'last_admin' });
    expect(await refused({ roles: [{ ...erlan, [rights]: '' }] })).toContainEqual({ file: 'roles.csv', line: 2, column: rights, key: 'last_admin' });
    expect(await admins()).toEqual([IIN.teacher2]);

    // Dana gets the right in the same delta: Erlan may go.
    await twice({ users: [erlanGone], roles: [{ sourcedId: 'r-t', userSourcedId: 'u-t', roleType: 'primary', role: 'teacher', orgSourcedId: 'sch-1', [rights]: 'admin' }] });
    expect(await admins()).toEqual([IIN.teacher]);
  });
});
