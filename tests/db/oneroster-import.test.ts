import { deflateRawSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle, type ImportResult } from '@/lib/oneroster/import';
import { buildIin } from '@/lib/people/iin';
import { registerReport } from '@/lib/reports/register';
import { runReport } from '@/lib/reports/run';
import { loadReportScope } from '@/lib/reports/scope';
import { makeBundle, type Rows } from '../support/oneroster-bundle';
import { useTestDatabase } from './test-database';

/**
 * OneRoster 1.2 import (issue 12): another system's bundle mapped onto our schema, the same bundle
 * twice, a delta, and every kind of bad bundle refused with its file, line and column and nothing
 * written.
 */

const { db } = await useTestDatabase();

let serial = 3000;
const iin = (birth: string, sex: 'male' | 'female') => {
  let v: string | null = null;
  while (!v) v = buildIin(birth, sex, serial++);
  return v;
};
const IIN = { director: iin('1975-02-03', 'male'), teacher: iin('1985-03-14', 'female'), student: iin('2015-04-20', 'male'), student2: iin('2015-06-01', 'female'), parent: iin('1988-07-07', 'female'), clerk: iin('1990-01-01', 'male') };

const base = (): Record<string, Rows> => ({
  orgs: [
    { sourcedId: 'dist-1', name: 'Test district education department', type: 'district' },
    { sourcedId: 'sch-1', name: 'School No. 1', type: 'school', parentSourcedId: 'dist-1', 'metadata.other.note': 'ignored', ext_color: 'blue' },
  ],
  academicSessions: [
    { sourcedId: 'y2026', title: '2026/27', type: 'schoolYear', startDate: '2026-09-01', endDate: '2027-05-25', parentSourcedId: '', schoolYear: '2027' },
    { sourcedId: 't1', title: 'Q1', type: 'gradingPeriod', startDate: '2026-09-01', endDate: '2026-10-25', parentSourcedId: 'y2026', schoolYear: '2027' },
    { sourcedId: 't2', title: 'Q2', type: 'gradingPeriod', startDate: '2026-11-02', endDate: '2026-12-28', parentSourcedId: 'y2026', schoolYear: '2027' },
  ],
  courses: [
    { sourcedId: 'c-hr', title: 'Homeroom', courseCode: 'homeroom', orgSourcedId: 'dist-1' },
    { sourcedId: 'c-math', title: 'Mathematics', courseCode: 'mathematics', orgSourcedId: 'dist-1' },
  ],
  classes: [
    { sourcedId: 'k-5a', title: '5 «А»', grades: '05', courseSourcedId: 'c-hr', classType: 'homeroom', schoolSourcedId: 'sch-1', termSourcedIds: 'y2026' },
    { sourcedId: 'k-5a-math', title: '5A Mathematics', grades: '05', courseSourcedId: 'c-math', classType: 'scheduled', schoolSourcedId: 'sch-1', termSourcedIds: 'y2026' },
  ],
  users: [
    { sourcedId: 'u-dir', enabledUser: 'true', username: 'dir1', givenName: 'Aigul', familyName: 'Director', identifier: IIN.director, userIds: '' },
    { sourcedId: 'u-t', enabledUser: 'true', username: 'teacher1', givenName: 'Dana', familyName: 'Teacher', identifier: '', userIds: `{IIN:${IIN.teacher}}` },
    { sourcedId: 'u-s', enabledUser: 'false', username: 'student1', givenName: 'Arman', familyName: 'Student', identifier: IIN.student, userIds: '', agentSourcedIds: 'u-p' },
    { sourcedId: 'u-s2', enabledUser: 'true', username: 'student2', givenName: 'Aru', familyName: 'Student', identifier: IIN.student2, userIds: '' },
    { sourcedId: 'u-p', enabledUser: 'true', username: 'parent1', givenName: 'Saule', familyName: 'Parent', identifier: IIN.parent, userIds: '' },
    { sourcedId: 'u-e', enabledUser: 'false', username: 'clerk', givenName: 'Erlan', familyName: 'Clerk', identifier: IIN.clerk, userIds: '' },
  ],
  demographics: [{ sourcedId: 'u-s', birthDate: '2015-04-20', sex: 'male' }],
  roles: [
    { sourcedId: 'r-dir', userSourcedId: 'u-dir', roleType: 'primary', role: 'principal', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-t', userSourcedId: 'u-t', roleType: 'primary', role: 'teacher', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-s', userSourcedId: 'u-s', roleType: 'primary', role: 'student', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-s2', userSourcedId: 'u-s2', roleType: 'primary', role: 'student', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-p', userSourcedId: 'u-p', roleType: 'primary', role: 'guardian', orgSourcedId: 'sch-1' },
    { sourcedId: 'r-e', userSourcedId: 'u-e', roleType: 'primary', role: 'districtAdministrator', orgSourcedId: 'dist-1' },
  ],
  enrollments: [
    { sourcedId: 'e-1', classSourcedId: 'k-5a', schoolSourcedId: 'sch-1', userSourcedId: 'u-s', role: 'student' },
    { sourcedId: 'e-2', classSourcedId: 'k-5a', schoolSourcedId: 'sch-1', userSourcedId: 'u-s2', role: 'student' },
    { sourcedId: 'e-3', classSourcedId: 'k-5a-math', schoolSourcedId: 'sch-1', userSourcedId: 'u-s', role: 'student' },
    { sourcedId: 'e-4', classSourcedId: 'k-5a-math', schoolSourcedId: 'sch-1', userSourcedId: 'u-t', role: 'teacher', primary: 'true' },
    { sourcedId: 'e-5', classSourcedId: 'k-5a', schoolSourcedId: 'sch-1', userSourcedId: 'u-t', role: 'teacher', primary: 'true' },
  ],
  categories: [{ sourcedId: 'cat-daily', title: 'Daily work' }],
  lineItems: [
    { sourcedId: 'li-1', title: 'Fractions', assignDate: '2026-11-10', dueDate: '2026-11-10', classSourcedId: 'k-5a-math', categorySourcedId: 'cat-daily', gradingPeriodSourcedId: 't2', resultValueMin: '0', resultValueMax: '5' },
  ],
  results: [
    { sourcedId: 'res-1', lineItemSourcedId: 'li-1', studentSourcedId: 'u-s', scoreStatus: 'fully graded', score: '5', scoreDate: '2026-11-10' },
    { sourcedId: 'res-2', lineItemSourcedId: 'li-1', studentSourcedId: 'u-s2', scoreStatus: 'fully graded', score: '4', scoreDate: '2026-11-10' },
    { sourcedId: 'res-3', lineItemSourcedId: 'li-1', studentSourcedId: 'u-s2', scoreStatus: 'not submitted', score: '', scoreDate: '2026-11-10' },
  ],
});

const one = async <T>(query: ReturnType<typeof sql>) => (await db.execute<T & Record<string, unknown>>(query))[0]!;
const idOf = async (sourced: string, entity = 'org') => Number((await one<{ local_id: string }>(sql`select local_id from oneroster_ids where entity = ${entity} and sourced_id = ${sourced}`)).local_id);
const tableCounts = async () =>
  one<{ orgs: number; persons: number; memberships: number; marks: number; lessons: number; ids: number }>(sql`select (select count(*)::int from organizations) as orgs, (select count(*)::int from persons) as persons, (select count(*)::int from memberships) as memberships,
    (select count(*)::int from marks) as marks, (select count(*)::int from lessons) as lessons, (select count(*)::int from oneroster_ids) as ids`);

let first: ImportResult;

beforeAll(async () => {
  // With a byte-order mark on one file, as spreadsheet programs save UTF-8.
  const files = base();
  const { users, ...rest } = files;
  const header = Object.keys(users![0]!).concat('agentSourcedIds');
  const usersCsv = `\uFEFF${header.join(',')}\r\n${users!.map((u) => header.map((h) => u[h] ?? '').join(',')).join('\r\n')}\r\n`;
  first = await importBundle(db, await makeBundle(rest, { raw: { 'users.csv': usersCsv } }), { authorityId: null });
});

describe('OneRoster import: mapping', () => {
  it('writes another system’s bundle onto our schema', async () => {
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    const district = await idOf('dist-1');
    const school = await idOf('sch-1');
    expect(await one(sql`select o.kind, o.parent_id, it.code from organizations o left join institution_types it on it.id = o.institution_type_id where o.id = ${school}`)).toEqual({
      kind: 'institution',
      parent_id: district,
      code: 'general_secondary_school',
    });
    expect((await one<{ kind: string }>(sql`select kind from organizations where id = ${district}`)).kind).toBe('authority');
    // Birth date and sex come from the IIN when demographics do not give them.
    expect(await one(sql`select surname, name, birth_date::text as birth_date, sex from persons where iin = ${IIN.teacher}`)).toEqual({ surname: 'Teacher', name: 'Dana', birth_date: '1985-03-14', sex: 'female' });
    const roles = await db.execute<{ iin: string; role: string; org: number }>(sql`select p.iin, m.role, m.organization_id as org from memberships m join persons p on p.id = m.person_id order by p.iin, m.role`);
    expect(Object.fromEntries(roles.map((r) => [r.iin, [r.role, r.org]]))).toEqual({
      [IIN.director]: ['director', school],
      [IIN.teacher]: ['teacher', school],
      [IIN.student]: ['student', school],
      [IIN.student2]: ['student', school],
      [IIN.parent]: ['parent', school],
      [IIN.clerk]: ['employee', district],
    });
    expect((await one<{ n: number }>(sql`select count(*)::int as n from users`)).n).toBe(4);
    expect(await one(sql`select school_year, grade, letter, (select iin from persons where id = form_teacher_person_id) as form from school_classes`)).toEqual({ school_year: 2026, grade: 5, letter: 'А', form: IIN.teacher });
    expect(await one(sql`select s.code, (select iin from persons where id = cs.teacher_person_id) as teacher from class_subjects cs join subjects s on s.id = cs.subject_id`)).toEqual({ code: 'mathematics', teacher: IIN.teacher });
    expect((await one<{ n: number }>(sql`select count(*)::int as n from class_students`)).n).toBe(2);
    expect(await one(sql`select (select iin from persons where id = student_person_id) as s, (select iin from persons where id = parent_person_id) as p from student_parents`)).toEqual({ s: IIN.student, p: IIN.parent });
    expect(await one(sql`select date::text as date, period, quarter, status, (select iin from persons where id = teacher_person_id) as teacher from lessons`)).toEqual({ date: '2026-11-10', period: 1, quarter: 2, status: 'held', teacher: IIN.teacher });
    // The rollups the reports read: two 5-point marks (res-3 was not submitted), the school's people.
    expect(await one(sql`select lessons_held, lessons_with_marks, marks4, marks5 from journal_class_stats`)).toEqual({ lessons_held: 1, lessons_with_marks: 1, marks4: 1, marks5: 1 });
    expect(await one(sql`select people, users, staff, students, parents from organization_people where organization_id = ${school}`)).toEqual({ people: 5, users: 4, staff: 2, students: 2, parents: 1 });
  });

  it('shows the new school in the register report of its authority', async () => {
    const district = await idOf('dist-1');
    const scope = (await loadReportScope(db, district, 'en'))!;
    const result = await runReport(db, registerReport, scope, 'en', {}, '2026-11-28');
    if (!result.ok) throw new Error(result.error);
    expect(result.result.rows.map((r) => (r as { name: string; head: string }).name)).toEqual(['School No. 1']);
    expect((result.result.rows[0] as { head: string }).head).toBe('Director Aigul');
  });

  it('changes nothing when the same bundle comes again', async () => {
    const before = await tableCounts();
    const again = await importBundle(db, await makeBundle(base()), { authorityId: null });
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    for (const [entity, c] of Object.entries(again.counts)) expect({ entity, ...c }).toEqual({ entity, created: 0, updated: 0 });
    expect(await tableCounts()).toEqual(before);
  });
});

describe('OneRoster import: delta', () => {
  it('updates in place: a new surname, an ended role, a changed and a new mark', async () => {
    const before = await tableCounts();
    const studentId = await idOf('u-s', 'person');
    const result = await importBundle(
      db,
      await makeBundle(
        {
          users: [{ sourcedId: 'u-s', status: 'active', dateLastModified: '2026-11-20T10:00:00Z', enabledUser: 'false', username: 'student1', givenName: 'Arman', familyName: 'Studentov', identifier: IIN.student }],
          roles: [{ sourcedId: 'r-p', status: 'tobedeleted', dateLastModified: '2026-11-20T10:00:00Z', userSourcedId: 'u-p', roleType: 'primary', role: 'guardian', orgSourcedId: 'sch-1', endDate: '2026-11-20' }],
          lineItems: [
            { sourcedId: 'li-2', status: 'active', title: 'Decimals', assignDate: '2026-11-11', dueDate: '2026-11-11', classSourcedId: 'k-5a-math', categorySourcedId: 'cat-daily', gradingPeriodSourcedId: 't2' },
          ],
          results: [
            { sourcedId: 'res-1', status: 'active', dateLastModified: '2026-11-20T10:00:00Z', lineItemSourcedId: 'li-1', studentSourcedId: 'u-s', scoreStatus: 'fully graded', score: '3', scoreDate: '2026-11-10' },
            { sourcedId: 'res-4', status: 'active', lineItemSourcedId: 'li-2', studentSourcedId: 'u-s2', scoreStatus: 'fully graded', score: '2', scoreDate: '2026-11-11' },
          ],
        },
        { mode: 'delta' },
      ),
      { authorityId: await idOf('dist-1') },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(await one(sql`select id, surname from persons where iin = ${IIN.student}`)).toEqual({ id: studentId, surname: 'Studentov' });
    expect(await one(sql`select archived_at is not null as ended from memberships m join persons p on p.id = m.person_id where p.iin = ${IIN.parent}`)).toEqual({ ended: true });
    expect(await one(sql`select score, (select count(*)::int from journal_edits e where e.mark_id = m.id) as edits from marks m where id = ${await idOf('res-1', 'mark')}`)).toEqual({ score: 3, edits: 1 });
    expect(await one(sql`select sum(lessons_held)::int as held, sum(marks2)::int as m2, sum(marks3)::int as m3, sum(marks4)::int as m4, sum(marks5)::int as m5 from journal_class_stats`)).toEqual({ held: 2, m2: 1, m3: 1, m4: 1, m5: 0 });
    expect(await one(sql`select parents from organization_people where organization_id = ${await idOf('sch-1')}`)).toEqual({ parents: 0 });
    const after = await tableCounts();
    expect({ persons: after.persons, memberships: after.memberships, lessons: after.lessons, marks: after.marks }).toEqual({ persons: before.persons, memberships: before.memberships, lessons: before.lessons + 1, marks: before.marks + 1 });
  });
});

/** A bad bundle: refused with the problem where it is, and not one row written. */
async function refused(bytes: Uint8Array, options: Parameters<typeof importBundle>[2] = { authorityId: null }) {
  const before = await tableCounts();
  const result = await importBundle(db, bytes, options);
  expect(await tableCounts()).toEqual(before);
  if (result.ok) throw new Error('the bundle was accepted');
  return result.issues.map((i) => ({ file: i.file, line: i.line, column: i.column, key: i.key }));
}

describe('OneRoster import: bad bundles', () => {
  it('refuses a file that is not a zip', async () => {
    expect(await refused(new TextEncoder().encode('sourcedId,name\n1,School'))).toEqual([{ file: null, line: null, column: null, key: 'not_zip' }]);
  });

  it('refuses a zip bomb before inflating it', async () => {
    const { ZipWriter } = await import('@/lib/zip/write');
    const chunks: Uint8Array[] = [];
    const writer = new ZipWriter((c) => void chunks.push(Buffer.from(c)));
    await writer.addFile('users.csv', (function* () {
      for (let i = 0; i < 64; i++) yield new Uint8Array(1024 * 1024);
    })());
    await writer.finish();
    const bomb = Buffer.concat(chunks);
    expect(bomb.length).toBeLessThan(200_000);
    expect(deflateRawSync(Buffer.alloc(10)).length).toBeGreaterThan(0);
    expect(await refused(bomb)).toEqual([{ file: null, line: null, column: null, key: 'zip_bomb' }]);
  });

  it('refuses a bundle without manifest.csv', async () => {
    expect(await refused(await makeBundle({ orgs: base().orgs! }, { manifest: null }))).toEqual([{ file: 'manifest.csv', line: null, column: null, key: 'manifest_missing' }]);
  });

  it('refuses a file over its limit and a bundle over its limit', async () => {
    const files = base();
    for (let i = 0; i < 12; i++) files.users!.push({ sourcedId: `u-extra-${i}`, enabledUser: 'false', username: `x${i}`, givenName: 'Extra', familyName: 'Person', identifier: iin('1991-01-01', 'male') });
    const bytes = await makeBundle(files);
    const limits = { bundleBytes: 10 * 1024 * 1024, fileBytes: 900, totalBytes: 1024 ** 3, ratio: 100 };
    expect(await refused(bytes, { authorityId: null, limits })).toContainEqual({ file: 'users.csv', line: null, column: null, key: 'file_too_large' });
    expect(await refused(bytes, { authorityId: null, limits: { ...limits, bundleBytes: 1000, fileBytes: 1024 ** 2 } })).toEqual([{ file: null, line: null, column: null, key: 'bundle_too_large' }]);
  });

  it('refuses a file that is not UTF-8 (Windows-1251) and accepts UTF-8 with a byte-order mark', async () => {
    const cp1251 = Uint8Array.from([...'sourcedId,name,type\r\nx,'].map((c) => c.charCodeAt(0)).concat([0xd8, 0xea, 0xee, 0xeb, 0xe0], [...',school\r\n'].map((c) => c.charCodeAt(0))));
    expect(await refused(await makeBundle({}, { raw: { 'orgs.csv': cp1251 } }))).toEqual([{ file: 'orgs.csv', line: null, column: null, key: 'encoding' }]);
    // The mapping test above read users.csv with a byte-order mark.
    expect(first.ok).toBe(true);
  });

  it('refuses results.csv with a row of the wrong width or not UTF-8, found as it is first read, with nothing written', async () => {
    // results.csv is read only in chunks (bundle.ts): its first reading checks it, before anything is written.
    const { results, ...rest } = base();
    const header = Object.keys(results![0]!);
    const lines = results!.map((r) => header.map((h) => r[h] ?? '').join(','));
    const short = `${header.join(',')}\n${lines.join('\n')}\nres-4,li-1,u-s\n`;
    expect(await refused(await makeBundle(rest, { raw: { 'results.csv': short } }))).toEqual([{ file: 'results.csv', line: 5, column: null, key: 'row_width' }]);
    const good = Array.from({ length: 30_000 }, (_, i) => `res-x${i},li-1,u-s,fully graded,5,2026-11-10`).join('\n');
    const latin1 = Buffer.concat([Buffer.from(`${header.join(',')}\n${good}\nres-y,li-1,u-s,fully graded,`), Buffer.from([0xe9]), Buffer.from(',2026-11-10\n')]);
    expect(await refused(await makeBundle(rest, { raw: { 'results.csv': latin1 } }))).toEqual([{ file: 'results.csv', line: null, column: null, key: 'encoding' }]);
  });

  it('refuses results.csv with a bad row after a chunk of good ones: every problem listed, nothing written', async () => {
    // An import checks results.csv as it writes it (import.ts): the chunks written before the problem are rolled back.
    const { results, ...rest } = base();
    const header = Object.keys(results![0]!);
    const good = Array.from({ length: 30_000 }, (_, i) => `res-x${i},li-1,u-s,fully graded,5,2026-11-10`).join('\n');
    const bad = `${header.join(',')}\n${good}\nres-y,li-1,u-s,fully graded,9,2026-11-10\nres-z,li-1,nobody,fully graded,5,2026-11-10\n`;
    expect(await refused(await makeBundle(rest, { raw: { 'results.csv': bad } }))).toEqual([
      { file: 'results.csv', line: 30_003, column: 'studentSourcedId', key: 'reference_unknown' },
      { file: 'results.csv', line: 30_002, column: 'score', key: 'score_invalid' },
    ]);
  });

  it('names a missing required column and ignores unknown ones', async () => {
    const files = base();
    files.orgs = files.orgs!.map(({ type, ...rest }) => (void type, { ...rest, 'metadata.x.y': '1', ext_z: '2' }));
    expect(await refused(await makeBundle({ orgs: files.orgs }))).toEqual([{ file: 'orgs.csv', line: 1, column: 'type', key: 'column_missing' }]);
  });

  it('numbers a day’s lessons in order and refuses two lessons in one slot, also with a period out of range', async () => {
    const files = base();
    const lesson = (sourcedId: string, period: string) => ({ ...files.lineItems![0]!, sourcedId, 'metadata.kundelik.period': period });
    // li-1 (line 2) and li-a take periods 1 and 2 by their order; li-b asks for li-a's; 25 is no period, and twice is one slot still.
    files.lineItems!.push(lesson('li-a', ''), lesson('li-b', '2'), lesson('li-c', '25'), lesson('li-d', '25'));
    const period = 'metadata.kundelik.period';
    expect(await refused(await makeBundle(files))).toEqual([
      { file: 'lineItems.csv', line: 4, column: period, key: 'lesson_slot_twice' },
      { file: 'lineItems.csv', line: 5, column: period, key: 'number_invalid' },
      { file: 'lineItems.csv', line: 6, column: period, key: 'number_invalid' },
      { file: 'lineItems.csv', line: 6, column: period, key: 'lesson_slot_twice' },
    ]);
  });

  it('refuses an attendance kind it does not know, at the lesson’s cell', async () => {
    const files = base();
    files.lineItems![0]!['metadata.kundelik.attendance'] = JSON.stringify({ 'u-s': 'absent', 'u-s2': 'late' });
    expect(await refused(await makeBundle(files))).toEqual([{ file: 'lineItems.csv', line: 2, column: 'metadata.kundelik.attendance', key: 'enum_invalid' }]);
  });

  it('refuses a sourcedId that is referred to but absent', async () => {
    const files = base();
    files.roles!.push({ sourcedId: 'r-x', userSourcedId: 'nobody', roleType: 'primary', role: 'teacher', orgSourcedId: 'sch-1' });
    expect(await refused(await makeBundle(files))).toEqual([{ file: 'roles.csv', line: 8, column: 'userSourcedId', key: 'reference_unknown' }]);
  });

  it('refuses an invalid IIN, in identifier or in userIds', async () => {
    const files = base();
    files.users!.push({ sourcedId: 'u-bad', enabledUser: 'false', username: 'x', givenName: 'A', familyName: 'B', identifier: '123456789012', userIds: '' });
    files.users!.push({ sourcedId: 'u-bad2', enabledUser: 'false', username: 'y', givenName: 'A', familyName: 'B', identifier: '', userIds: '{IIN:870101300000}' });
    expect(await refused(await makeBundle(files))).toEqual([
      { file: 'users.csv', line: 8, column: 'identifier', key: 'iin_invalid' },
      { file: 'users.csv', line: 9, column: 'userIds', key: 'iin_invalid' },
    ]);
  });

  it('refuses users and organisations outside the importer’s jurisdiction', async () => {
    const other = await importBundle(
      db,
      await makeBundle({
        orgs: [
          { sourcedId: 'dist-2', name: 'Another department', type: 'district' },
          { sourcedId: 'sch-2', name: 'Another school', type: 'school', parentSourcedId: 'dist-2' },
        ],
      }),
      { authorityId: null },
    );
    expect(other.ok).toBe(true);
    const bundle = await makeBundle({
      orgs: [{ sourcedId: 'sch-3', name: 'A school under the other department', type: 'school', parentSourcedId: 'dist-2' }],
      users: [{ sourcedId: 'u-new', enabledUser: 'false', username: 'n', givenName: 'New', familyName: 'Person', identifier: iin('1990-05-05', 'male') }],
      roles: [{ sourcedId: 'r-new', userSourcedId: 'u-new', roleType: 'primary', role: 'teacher', orgSourcedId: 'sch-2' }],
    });
    expect(await refused(bundle, { authorityId: await idOf('dist-1') })).toEqual([
      { file: 'orgs.csv', line: 2, column: 'parentSourcedId', key: 'org_outside_jurisdiction' },
      { file: 'roles.csv', line: 2, column: 'orgSourcedId', key: 'org_outside_jurisdiction' },
    ]);
  });
});
