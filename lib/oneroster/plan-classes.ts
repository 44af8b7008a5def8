import { sql } from 'drizzle-orm';
import { cell, type CsvFile, hasColumn, type Row } from './bundle';
import { CLASS_TYPES, ENROLLMENT_ROLES, isExtension, MD } from './files';
import { orgAllowed, orgKinds } from './plan-orgs';
import { naturalSession, type Session } from './plan-reference';
import { type ClassPlan, type Ref, refKey, type SectionPlan } from './plan';
import { type Ctx, existingRows, isDeleted, problem, required, requiredAll, resolveAll, statusProblem } from './plan-context';
import { idList } from '@/db/bulk-insert';

/** classes.csv and enrollments.csv into the plan (docs/oneroster.md). */

/** "5 «Ә»", "5Ә", "11 A" → 5 and the letter. */
export function gradeAndLetter(title: string): { grade: number; letter: string } | null {
  const m = /(\d{1,2})\s*[«"“-]?\s*([^\s»"”\d-]{1,4})\s*[»"”]?\s*(?:класс|сынып|class)?\s*$/iu.exec(title.trim());
  return m ? { grade: Number(m[1]), letter: m[2]! } : null;
}

export async function planClasses(ctx: Ctx, sessions: Map<string, Session>, courses: Map<string, string>): Promise<void> {
  const file = ctx.bundle.files.get('classes');
  if (!file) return;
  const ids = file.rows.map((r) => cell(file, r, 'sourcedId'));
  const mappedClasses = await existingRows(ctx, 'class', ids);
  const mappedSections = await existingRows(ctx, 'section', ids);
  const schools = await resolveAll(ctx, 'org', file.rows.map((row) => ({ sourcedId: isDeleted(file, row) ? '' : cell(file, row, 'schoolSourcedId'), file, row, column: 'schoolSourcedId' })));
  await orgKinds(ctx, schools.filter((s): s is Ref => s !== null));
  const sections: Array<{ plan: SectionPlan; homeroom: string; row: Row }> = [];
  const naturalKeys = new Map<string, number>();

  file.rows.forEach((row, i) => {
    if (isDeleted(file, row)) {
      // A homeroom class or a subject taught in one; whether it may go is checked once the
      // lessons removed with it are known (checkRemovals).
      const sourcedId = required(ctx, file, row, 'sourcedId');
      const homeroom = sourcedId === null ? undefined : mappedClasses.get(sourcedId);
      const section = sourcedId === null ? undefined : mappedSections.get(sourcedId);
      if (homeroom) ctx.plan.removals.classes.push({ id: homeroom.id, line: row.line, sourcedId: sourcedId! });
      if (section) ctx.plan.removals.sections.push({ classId: section.id, subjectId: section.id2!, line: row.line, sourcedId: sourcedId! });
      return;
    }
    const [sourcedId, title, type, courseId, terms] = requiredAll(ctx, file, row, ['sourcedId', 'title', 'classType', 'courseSourcedId', 'termSourcedIds', 'schoolSourcedId']);
    const school = schools[i];
    if (statusProblem(ctx, file, row) || !sourcedId || !title || !type || !courseId || !terms || !school) return;
    if (ctx.refs.class.has(sourcedId) || ctx.refs.section.has(sourcedId)) {
      problem(ctx, file, row, 'sourcedId', 'id_twice', { id: sourcedId });
      return;
    }
    if (!(CLASS_TYPES as readonly string[]).includes(type)) {
      problem(ctx, file, row, 'classType', isExtension(type) ? 'class_type_unsupported' : 'enum_invalid', { value: type });
      return;
    }
    if (!orgAllowed(ctx, school)) {
      problem(ctx, file, row, 'schoolSourcedId', 'org_outside_jurisdiction', { id: cell(file, row, 'schoolSourcedId') });
      return;
    }
    if (ctx.orgKinds.get(refKey(school)) !== 'institution') {
      problem(ctx, file, row, 'schoolSourcedId', 'not_a_school', { id: cell(file, row, 'schoolSourcedId') });
      return;
    }
    const course = courses.get(courseId) ?? (courseId.startsWith('course-') ? courseId.slice('course-'.length) : null);
    if (course === null) {
      problem(ctx, file, row, 'courseSourcedId', 'reference_unknown', { id: courseId });
      return;
    }
    if (type === 'homeroom') {
      const year = terms
        .split(',')
        .map((t) => sessions.get(t.trim()) ?? naturalSession(t.trim()))
        .find((s): s is Session => s !== null && s !== undefined);
      if (!year) {
        problem(ctx, file, row, 'termSourcedIds', 'reference_unknown', { id: terms });
        return;
      }
      const parsed = gradeAndLetter(title);
      const mdGrade = cell(file, row, `${MD}grade`);
      const firstGrade = cell(file, row, 'grades').split(',')[0]?.trim() ?? '';
      const grade = Number(mdGrade || (/^\d{1,2}$/.test(firstGrade) ? firstGrade : '') || parsed?.grade || NaN);
      const letter = cell(file, row, `${MD}letter`) || parsed?.letter || '';
      if (!Number.isInteger(grade) || grade < 0 || grade > 12) problem(ctx, file, row, hasColumn(file, `${MD}grade`) ? `${MD}grade` : 'grades', 'grade_invalid', { value: mdGrade || firstGrade });
      if (!letter || letter.length > 4) problem(ctx, file, row, hasColumn(file, `${MD}letter`) ? `${MD}letter` : 'title', 'letter_invalid', { value: letter || title });
      const key = `${refKey(school)}|${year.year}|${grade}|${letter}`;
      if (naturalKeys.has(key)) problem(ctx, file, row, 'title', 'class_twice', { line: naturalKeys.get(key)! });
      naturalKeys.set(key, row.line);
      const plan: ClassPlan = { sourcedId, line: row.line, existing: mappedClasses.get(sourcedId)?.id ?? null, org: school, schoolYear: year.year, grade, letter, formTeacher: null };
      const index = ctx.plan.classes.push(plan) - 1;
      ctx.refs.class.set(sourcedId, plan.existing === null ? { planned: index } : { existing: plan.existing });
    } else {
      if (course === 'homeroom') {
        problem(ctx, file, row, 'courseSourcedId', 'section_without_subject', { id: courseId });
        return;
      }
      // Without our column the homeroom class is inferred from the students enrolled (planEnrollments).
      const homeroom = cell(file, row, `${MD}homeroom`);
      const perWeek = cell(file, row, `${MD}lessonsPerWeek`);
      if (perWeek && !/^\d{1,2}$/.test(perWeek)) problem(ctx, file, row, `${MD}lessonsPerWeek`, 'number_invalid', { value: perWeek });
      const local = mappedSections.get(sourcedId);
      const plan: SectionPlan = {
        sourcedId,
        line: row.line,
        existing: local ? { classId: local.id, subjectId: local.id2! } : null,
        homeroom: { planned: -1 },
        subjectCode: course,
        lessonsPerWeek: Number(perWeek || 1),
        teacher: null,
        stub: false,
      };
      const index = ctx.plan.sections.push(plan) - 1;
      ctx.refs.section.set(sourcedId, { planned: index });
      sections.push({ plan, homeroom, row });
    }
  });

  // An unmapped class of ours with the same school, year, grade and letter is the same class.
  const candidates = ctx.plan.classes.filter((c) => c.existing === null && 'existing' in c.org);
  if (candidates.length > 0) {
    const rows = await ctx.tx.execute<{ id: number; k: string }>(sql`
      select id, 'e' || organization_id || '|' || school_year || '|' || grade || '|' || letter as k from school_classes
      where organization_id = any(${idList(candidates.map((c) => (c.org as { existing: number }).existing))}::int[])`);
    const byKey = new Map(rows.map((r) => [r.k, r.id]));
    for (const c of candidates) {
      const id = byKey.get(`${refKey(c.org)}|${c.schoolYear}|${c.grade}|${c.letter}`);
      if (id !== undefined) {
        c.existing = id;
        ctx.refs.class.set(c.sourcedId, { existing: id });
      }
    }
  }
  const homerooms = await resolveAll(ctx, 'class', sections.map((s) => ({ sourcedId: s.homeroom, file, row: s.row, column: `${MD}homeroom` })));
  // The new homeroom-less sections wait for planEnrollments.
  sections.forEach((s, i) => {
    if (homerooms[i]) s.plan.homeroom = homerooms[i]!;
  });
}

/**
 * References to sections: the bundle's, else ours, which become stubs of the plan so that every
 * section reference is a planned one carrying its class and subject.
 */
export async function resolveSections(ctx: Ctx, wanted: ReadonlyArray<{ sourcedId: string; file: CsvFile; row: Row; column: string }>, report = true): Promise<Array<Ref | null>> {
  const missing = [...new Set(wanted.map((w) => w.sourcedId).filter((s) => s !== '' && !ctx.refs.section.has(s)))];
  for (const [sourcedId, local] of await existingRows(ctx, 'section', missing)) {
    const index =
      ctx.plan.sections.push({ sourcedId, line: 0, existing: { classId: local.id, subjectId: local.id2! }, homeroom: { existing: local.id }, subjectCode: '', lessonsPerWeek: 0, teacher: null, stub: true }) - 1;
    ctx.refs.section.set(sourcedId, { planned: index });
  }
  return wanted.map((w) => {
    const ref = ctx.refs.section.get(w.sourcedId) ?? null;
    if (!ref && report && w.sourcedId !== '') problem(ctx, w.file, w.row, w.column, 'reference_unknown', { id: w.sourcedId });
    return ref;
  });
}

export async function planEnrollments(ctx: Ctx): Promise<void> {
  const file = ctx.bundle.files.get('enrollments');
  if (!file) return inferHomerooms(ctx, new Map());
  const inHomeroom = new Set<string>();
  const studentsOf = new Map<number, string[]>();
  const wanted = file.rows.map((row) => ({ sourcedId: cell(file, row, 'classSourcedId'), file, row, column: 'classSourcedId' }));
  // A class is a homeroom class or a section: look for both before calling a reference unknown.
  const sections = await resolveSections(ctx, wanted, false);
  const classes = await resolveAll(ctx, 'class', wanted.map((w, i) => (sections[i] ? { ...w, sourcedId: '' } : { ...w, optional: isDeleted(file, w.row) })));
  const persons = await resolveAll(ctx, 'person', file.rows.map((row) => ({ sourcedId: cell(file, row, 'userSourcedId'), file, row, column: 'userSourcedId', optional: isDeleted(file, row) })));
  const schools = await resolveAll(ctx, 'org', file.rows.map((row) => ({ sourcedId: cell(file, row, 'schoolSourcedId'), file, row, column: 'schoolSourcedId', optional: isDeleted(file, row) })));
  const teacherRemovals: Array<{ section: number; row: Row }> = [];
  file.rows.forEach((row, i) => {
    const [sourcedId, role] = requiredAll(ctx, file, row, ['sourcedId', 'role', 'classSourcedId', 'userSourcedId', 'schoolSourcedId']);
    const person = persons[i];
    const school = schools[i];
    if (statusProblem(ctx, file, row) || !sourcedId || !role || !person || !school || (isDeleted(file, row) && !sections[i] && !classes[i])) return;
    if (!(ENROLLMENT_ROLES as readonly string[]).includes(role) && !isExtension(role)) {
      problem(ctx, file, row, 'role', 'enum_invalid', { value: role });
      return;
    }
    if (!orgAllowed(ctx, school)) {
      problem(ctx, file, row, 'schoolSourcedId', 'org_outside_jurisdiction', { id: cell(file, row, 'schoolSourcedId') });
      return;
    }
    const primary = cell(file, row, 'primary');
    if (primary && primary !== 'true' && primary !== 'false') problem(ctx, file, row, 'primary', 'boolean_invalid', { value: primary });
    const section = sections[i];
    const homeroom = classes[i];
    const deleted = isDeleted(file, row);
    if (role === 'student' && homeroom) {
      const key = `${refKey(homeroom)}|${refKey(person)}`;
      if (inHomeroom.has(key)) return;
      inHomeroom.add(key);
      ctx.plan.enrolments.push({ classRef: homeroom, person, deleted, line: row.line });
    } else if (role === 'teacher' && homeroom && deleted) {
      ctx.plan.removals.formTeachers.push({ classRef: homeroom, person });
    } else if (role === 'teacher' && section && 'planned' in section && deleted) {
      teacherRemovals.push({ section: section.planned, row });
    } else if (role === 'teacher' && homeroom && !deleted) {
      const plan = 'planned' in homeroom ? ctx.plan.classes[homeroom.planned] : ctx.plan.classes.find((c) => c.existing === homeroom.existing);
      if (plan && (!plan.formTeacher || primary === 'true')) plan.formTeacher = person;
      else if (!plan && 'existing' in homeroom) ctx.plan.formTeachers.push({ classId: homeroom.existing, person });
    } else if (role === 'teacher' && section && 'planned' in section && !deleted) {
      const plan = ctx.plan.sections[section.planned]!;
      if (!plan.teacher || primary === 'true') plan.teacher = person;
    } else if (role === 'student' && section && 'planned' in section) {
      studentsOf.set(section.planned, [...(studentsOf.get(section.planned) ?? []), refKey(person)]);
    }
  });
  // A subject taught in a class always has a teacher: the one leaving needs a successor in the same delta.
  for (const r of teacherRemovals) if (!ctx.plan.sections[r.section]!.teacher) problem(ctx, file, r.row, 'status', 'teacher_needs_successor');
  inferHomerooms(ctx, studentsOf);
}

/** A section given without its homeroom class (another system's bundle) belongs to the class most of its students are in. */
function inferHomerooms(ctx: Ctx, studentsOf: Map<number, string[]>): void {
  const homeroomOf = new Map<string, Ref[]>();
  for (const e of ctx.plan.enrolments) homeroomOf.set(refKey(e.person), [...(homeroomOf.get(refKey(e.person)) ?? []), e.classRef]);
  ctx.plan.sections.forEach((s, i) => {
    if (!('planned' in s.homeroom) || s.homeroom.planned >= 0) return;
    const votes = new Map<string, { ref: Ref; n: number }>();
    for (const student of studentsOf.get(i) ?? []) {
      for (const ref of homeroomOf.get(student) ?? []) votes.set(refKey(ref), { ref, n: (votes.get(refKey(ref))?.n ?? 0) + 1 });
    }
    const best = [...votes.values()].sort((a, b) => b.n - a.n)[0];
    if (best) s.homeroom = best.ref;
    else ctx.issues.add({ file: 'classes.csv', line: s.line, column: `${MD}homeroom`, key: 'section_without_homeroom', params: { id: s.sourcedId } });
  });
  for (const s of ctx.plan.sections) {
    if (s.existing === null && s.teacher === null) ctx.issues.add({ file: 'classes.csv', line: s.line, column: 'sourcedId', key: 'section_without_teacher', params: { id: s.sourcedId } });
  }
}
