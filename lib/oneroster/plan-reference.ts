import type { MarkKind } from '@/db/schema';
import { cell, type CsvFile, type Row } from './bundle';
import { isExtension, MD, SESSION_TYPES } from './files';
import { type Ctx, isDate, isDeleted, problem, requiredAll, statusProblem } from './plan-context';

/** academicSessions.csv, courses.csv and categories.csv: our calendar, subjects and mark kinds (docs/oneroster.md). */

export type Session = { kind: 'year'; year: number } | { kind: 'quarter'; year: number; quarter: number };

/** sy-2026 and q-2026-1 are the natural ids of a school year and its quarters. */
export function naturalSession(sourcedId: string): Session | null {
  const y = /^sy-(\d{4})$/.exec(sourcedId);
  if (y) return { kind: 'year', year: Number(y[1]) };
  const q = /^q-(\d{4})-([1-4])$/.exec(sourcedId);
  return q ? { kind: 'quarter', year: Number(q[1]), quarter: Number(q[2]) } : null;
}

export function planSessions(ctx: Ctx): Map<string, Session> {
  const sessions = new Map<string, Session>();
  const file = ctx.bundle.files.get('academicSessions');
  if (!file) return sessions;
  const quarters: Array<{ sourcedId: string; parent: string; start: string; quarter: number | null; row: Row }> = [];
  for (const row of file.rows) {
    const [sourcedId, type, start, end, schoolYear] = requiredAll(ctx, file, row, ['sourcedId', 'type', 'startDate', 'endDate', 'schoolYear', 'title']);
    if (statusProblem(ctx, file, row) || !sourcedId || !type || !start || !end || !schoolYear) continue;
    if (!(SESSION_TYPES as readonly string[]).includes(type) && !isExtension(type)) problem(ctx, file, row, 'type', 'enum_invalid', { value: type });
    for (const [column, value] of [['startDate', start], ['endDate', end]] as const) if (!isDate(value.slice(0, 10))) problem(ctx, file, row, column, 'date_invalid', { value });
    if (!/^\d{4}$/.test(schoolYear)) {
      problem(ctx, file, row, 'schoolYear', 'year_invalid', { value: schoolYear });
      continue;
    }
    if (isDeleted(file, row)) {
      ctx.plan.removals.sessions.push({ line: row.line, kind: type === 'schoolYear' ? 'year' : 'period', year: Number(schoolYear) - 1, start: start.slice(0, 10), end: end.slice(0, 10) });
      continue;
    }
    if (type === 'schoolYear') sessions.set(sourcedId, { kind: 'year', year: Number(schoolYear) - 1 });
    else if (type === 'gradingPeriod' || type === 'term') {
      const mdQuarter = cell(file, row, `${MD}quarter`);
      if (mdQuarter && !/^[1-4]$/.test(mdQuarter)) problem(ctx, file, row, `${MD}quarter`, 'quarter_invalid', { value: mdQuarter });
      quarters.push({ sourcedId, parent: cell(file, row, 'parentSourcedId'), start, quarter: mdQuarter ? Number(mdQuarter) : null, row });
    }
  }
  // A quarter's number is its rank by start date within its school year, unless given.
  const byParent = new Map<string, typeof quarters>();
  for (const q of quarters) byParent.set(q.parent, [...(byParent.get(q.parent) ?? []), q]);
  for (const [parent, list] of byParent) {
    const year = sessions.get(parent) ?? naturalSession(parent);
    list.sort((a, b) => a.start.localeCompare(b.start));
    list.forEach((q, i) => {
      if (!year || year.kind !== 'year') {
        problem(ctx, file, q.row, 'parentSourcedId', 'quarter_without_year', { id: parent });
        return;
      }
      const quarter = q.quarter ?? i + 1;
      if (quarter > 4) problem(ctx, file, q.row, 'sourcedId', 'quarter_invalid', { value: quarter });
      else sessions.set(q.sourcedId, { kind: 'quarter', year: year.year, quarter });
    });
  }
  return sessions;
}

/** courses.csv: sourcedId → subject code ('homeroom' for the homeroom course). */
export function planCourses(ctx: Ctx): Map<string, string> {
  const courses = new Map<string, string>();
  const file = ctx.bundle.files.get('courses');
  if (!file) return courses;
  for (const row of file.rows) {
    const [sourcedId, title] = requiredAll(ctx, file, row, ['sourcedId', 'title', 'orgSourcedId']);
    if (statusProblem(ctx, file, row) || !sourcedId || !title) continue;
    const code = cell(file, row, 'courseCode') || sourcedId;
    if (code.length > 40) {
      problem(ctx, file, row, 'courseCode', 'code_too_long', { value: code });
      continue;
    }
    if (isDeleted(file, row)) {
      ctx.plan.removals.courses.push({ line: row.line, code });
      continue;
    }
    courses.set(sourcedId, code);
    if (code === 'homeroom') continue;
    const md = (c: string) => cell(file, row, `${MD}${c}`);
    const sortOrder = Number(md('sortOrder') || ctx.plan.subjects.length);
    ctx.plan.subjects.push({ code, nameKk: md('nameKk') || title, nameRu: md('nameRu') || title, nameEn: md('nameEn') || title, graded: md('graded') !== 'false', sortOrder: Number.isFinite(sortOrder) ? sortOrder : 0 });
  }
  return courses;
}

export const MARK_KINDS: readonly MarkKind[] = ['point', 'formative', 'section_summative', 'quarter_summative'];

/** categories.csv: sourcedId → mark kind. */
export function planCategories(ctx: Ctx): Map<string, MarkKind> {
  const kinds = new Map<string, MarkKind>();
  const file = ctx.bundle.files.get('categories');
  if (!file) return kinds;
  for (const row of file.rows) {
    const [sourcedId] = requiredAll(ctx, file, row, ['sourcedId', 'title']);
    if (statusProblem(ctx, file, row) || !sourcedId) continue;
    const md = cell(file, row, `${MD}kind`);
    if (md && !MARK_KINDS.includes(md as MarkKind)) problem(ctx, file, row, `${MD}kind`, 'enum_invalid', { value: md });
    if (isDeleted(file, row)) ctx.plan.removals.categories.push({ line: row.line, kind: categoryKind(sourcedId, md) });
    else kinds.set(sourcedId, categoryKind(sourcedId, md));
  }
  return kinds;
}

export function categoryKind(sourcedId: string, md = ''): MarkKind {
  if (MARK_KINDS.includes(md as MarkKind)) return md as MarkKind;
  const natural = sourcedId.replace(/^cat-/, '');
  return MARK_KINDS.includes(natural as MarkKind) ? (natural as MarkKind) : 'point';
}

export const fileOf = (ctx: Ctx, name: Parameters<Ctx['bundle']['files']['get']>[0]): CsvFile | undefined => ctx.bundle.files.get(name);
