import type { DbTransaction } from '@/db';
import { sql } from 'drizzle-orm';
import { changeMarks, type MarkChange, recordMarks } from '@/lib/journal/marks';
import { keptIds, remember } from './ids';
import type { MarkPlan, Ref } from './plan';
import type { MarkSink } from './plan-marks';
import { count, type Counts, idOf } from './write-roster';
import { idList } from '@/db/bulk-insert';

/**
 * Writes the marks of results.csv one chunk at a time (plan-marks.ts reads them), through
 * lib/journal, and remembers their sourcedIds. Their rollups are counted once the whole file is
 * in (writeJournal: recountMarkRollups), not in every chunk's statement. Nothing of a chunk is
 * kept once it is written.
 */
export function writeMarks(
  tx: DbTransaction,
  lessonIds: readonly number[],
  personId: (ref: Ref) => number,
  counts: Counts,
  code: string,
  progress: (step: string, done: number, total: number) => void,
): MarkSink {
  count(counts, 'marks', 0);
  return async (marks: MarkPlan[], done: number, total: number) => {
    // New marks with the score they first had, then their changes replayed in order.
    const newMarks = marks.filter((m) => m.existing === null);
    const inputs = newMarks.map((m) => ({ lessonId: idOf(m.lesson, lessonIds), studentPersonId: personId(m.student), kind: m.kind, score: m.edits[0]?.oldScore ?? m.score, maxScore: m.maxScore, createdAt: m.createdAt }));
    const markIds = inputs.length > 0 ? await recordMarks(tx, inputs, { returnIds: true, rollups: 'later' }) : [];
    count(counts, 'marks', newMarks.length);
    const rounds: MarkChange[][] = [];
    newMarks.forEach((m, i) => m.edits.forEach((e, n) => (rounds[n] ??= []).push({ markId: markIds[i]!, newScore: e.newScore, editorPersonId: personId(e.editor), at: new Date(e.at) })));
    // A mark read again with another score: the change is recorded like a teacher's.
    const again = marks.filter((m) => m.existing !== null);
    if (again.length > 0) {
      const current = new Map(
        (await tx.execute<{ id: string; score: number; teacher: number }>(sql`
          select m.id, m.score, l.teacher_person_id as teacher from marks m join lessons l on l.id = m.lesson_id
          where m.id = any(${idList(again.map((m) => m.existing!))}::bigint[])`)).map((r) => [Number(r.id), r]),
      );
      const changes = again.flatMap((m) => {
        const now = current.get(m.existing!);
        if (!now || now.score === m.score) return [];
        const last = m.edits.at(-1);
        return [{ markId: m.existing!, newScore: m.score, editorPersonId: last ? personId(last.editor) : now.teacher, at: last ? new Date(last.at) : new Date() }];
      });
      if (changes.length > 0) (rounds[0] ??= []).push(...changes);
      count(counts, 'marks', 0, changes.length);
    }
    for (const round of rounds) await changeMarks(tx, round);
    let next = 0;
    const ids = marks.map((m) => m.existing ?? markIds[next++]!);
    await remember(tx, 'mark', keptIds(code, marks, (_, i) => ids[i]!));
    progress('results.csv', done, total);
  };
}
