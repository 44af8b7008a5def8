import type { MarkKind } from '@/db/schema';
import { cell, type CsvFile, type Row } from './bundle';
import { mdColumn, SCORE_STATUSES } from './files';
import { MARK_KINDS } from './plan-reference';
import type { MarkPlan } from './plan';
import { type Ctx, existingRows, isDate, isDeleted, isInstant, jsonCell, problem, removalTarget, requiredAll, resolveAll, statusProblem } from './plan-context';

/**
 * results.csv into marks (docs/oneroster.md). The file that grows to millions of rows is never
 * held whole: it is read a chunk at a time, once to check it (nothing kept but what the removals
 * and the counts need), and once more, when the import writes, to hand each chunk's marks to the
 * writer.
 */

/** Rows per chunk: as many as one statement of lib/journal writes. */
export const MARK_CHUNK = 20_000;

/** Takes one chunk's marks; `done` of `total` rows of results.csv are through. */
export type MarkSink = (marks: MarkPlan[], done: number, total: number) => Promise<void>;

const isEditList = (v: unknown): v is Array<[string, string, number, number]> =>
  Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 4 && typeof e[0] === 'string' && typeof e[1] === 'string' && Number.isInteger(e[2]) && Number.isInteger(e[3]));

/** The edits of a result without any (most): one list shared, not one per row. */
const NO_EDITS: Array<[string, string, number, number]> = [];

const DEFAULT_MAX: Record<MarkKind, number> = { point: 5, formative: 10, section_summative: 15, quarter_summative: 25 };

/**
 * Plans every row of results.csv; with `sink`, gives it the marks of each chunk. Removals go to
 * the plan (the checking pass; the writing one passes a plan whose removals are thrown away).
 * Returns how many marks, which kinds, and whether any is ours already.
 */
export async function planMarks(ctx: Ctx, kindOfLesson: Map<string, MarkKind>, sink?: MarkSink, known = true): Promise<{ count: number; kinds: Set<MarkKind>; known: boolean }> {
  const out = { count: 0, kinds: new Set<MarkKind>(), known: false };
  const file = ctx.bundle.files.get('results');
  if (!file) return out;
  let done = 0;
  // The next chunk is read and planned while the database writes the one before.
  let writing: Promise<void> = Promise.resolve();
  for await (const rows of file.chunks(MARK_CHUNK)) {
    const marks = await planChunk(ctx, file, rows, kindOfLesson, known);
    out.count += marks.length;
    out.known ||= marks.some((m) => m.existing !== null);
    for (const m of marks) out.kinds.add(m.kind);
    done += rows.length;
    if (!sink) ctx.progress?.('results.csv', done, file.rowCount);
    await writing;
    if (sink) {
      writing = sink(marks, done, file.rowCount);
      // Handled here so a failed write does not count as unhandled while the next chunk is planned; the await above rethrows it.
      writing.catch(() => {});
    }
  }
  await writing;
  return out;
}

/** `known`: some of the file's marks may be ours already (false when the checking pass found none: no need to look). */
async function planChunk(ctx: Ctx, file: CsvFile, rows: Row[], kindOfLesson: Map<string, MarkKind>, known: boolean): Promise<MarkPlan[]> {
  const marks: MarkPlan[] = [];
  const mapped = known ? await existingRows(ctx, 'mark', rows.map((r) => cell(file, r, 'sourcedId'))) : new Map<string, never>();
  const kept = (row: Row, column: string) => (isDeleted(file, row) ? '' : cell(file, row, column));
  const lessons = await resolveAll(ctx, 'lesson', rows.map((row) => ({ sourcedId: kept(row, 'lineItemSourcedId'), file, row, column: 'lineItemSourcedId' })));
  const students = await resolveAll(ctx, 'person', rows.map((row) => ({ sourcedId: kept(row, 'studentSourcedId'), file, row, column: 'studentSourcedId' })));
  const editsByRow = rows.map((row) => jsonCell(ctx, file, row, mdColumn('edits'), isEditList) ?? NO_EDITS);
  const editors = await resolveAll(ctx, 'person', rows.flatMap((row, i) => editsByRow[i]!.map((e) => ({ sourcedId: e[0], file, row, column: mdColumn('edits') }))));
  let editor = 0;
  rows.forEach((row, i) => {
    if (isDeleted(file, row)) {
      const target = removalTarget(ctx, file, row, mapped);
      if (target) ctx.plan.removals.marks.push({ id: target.id, line: row.line, sourcedId: cell(file, row, 'sourcedId') });
      editor += editsByRow[i]!.length;
      return;
    }
    const edits = editsByRow[i]!.map(([, at, oldScore, newScore]) => ({ editor: editors[editor++], at, oldScore, newScore }));
    const [sourcedId, status, scoreDate] = requiredAll(ctx, file, row, ['sourcedId', 'scoreStatus', 'scoreDate', 'lineItemSourcedId', 'studentSourcedId']);
    const lesson = lessons[i];
    const student = students[i];
    if (statusProblem(ctx, file, row) || !sourcedId || !status || !scoreDate || !lesson || !student) return;
    if (!(SCORE_STATUSES as readonly string[]).includes(status)) {
      problem(ctx, file, row, 'scoreStatus', 'enum_invalid', { value: status });
      return;
    }
    if (status !== 'fully graded' && status !== 'partially graded') return;
    if (!isInstant(scoreDate) && !isDate(scoreDate)) problem(ctx, file, row, 'scoreDate', 'date_invalid', { value: scoreDate });
    const md = (c: string) => cell(file, row, mdColumn(c));
    const kind = (md('kind') || kindOfLesson.get(cell(file, row, 'lineItemSourcedId')) || 'point') as MarkKind;
    if (!MARK_KINDS.includes(kind)) {
      problem(ctx, file, row, mdColumn('kind'), 'enum_invalid', { value: kind });
      return;
    }
    const maxScore = Number(md('maxScore') || DEFAULT_MAX[kind]);
    const raw = cell(file, row, 'score');
    const score = Number(raw);
    const low = kind === 'point' ? 2 : 0;
    const high = kind === 'point' ? 5 : maxScore;
    if (raw === '' || !Number.isInteger(score) || score < low || score > high || !Number.isInteger(maxScore) || maxScore < 1 || maxScore > 100) {
      problem(ctx, file, row, 'score', 'score_invalid', { value: raw, min: low, max: high });
      return;
    }
    if (edits.some((e) => !e.editor || !isInstant(e.at))) return;
    const createdAt = md('createdAt') || (isDate(scoreDate) ? `${scoreDate}T12:00:00+05:00` : scoreDate);
    marks.push({
      sourcedId,
      line: row.line,
      existing: mapped.get(sourcedId)?.id ?? null,
      lesson,
      student,
      kind,
      score,
      maxScore,
      createdAt: new Date(createdAt).toISOString(),
      edits: edits.map((e) => ({ editor: e.editor!, at: new Date(e.at).toISOString(), oldScore: e.oldScore, newScore: e.newScore })),
    });
  });
  return marks;
}
