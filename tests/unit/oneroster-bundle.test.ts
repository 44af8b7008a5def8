import { expect, it } from 'vitest';
import { readBundle } from '@/lib/oneroster/bundle';
import { Issues } from '@/lib/oneroster/issues';
import { makeBundle } from '../support/oneroster-bundle';

const result = (i: number) => ({ sourcedId: `r${i}`, lineItemSourcedId: 'li1', studentSourcedId: 'u1', scoreStatus: 'fully graded', score: '5', scoreDate: '2026-09-10' });

it('holds no rows of results.csv: counts them and reads them again a chunk at a time, in order', async () => {
  const bytes = await makeBundle({ results: Array.from({ length: 45 }, (_, i) => result(i)), users: [{ sourcedId: 'u1', givenName: 'A' }] });
  const issues = new Issues();
  const bundle = await readBundle(bytes, issues);
  const results = bundle!.files.get('results')!;
  expect(results.streamed).toBe(true);
  expect(results.rows).toEqual([]);
  expect(results.rowCount).toBe(45);
  const chunks: string[][] = [];
  for await (const rows of results.chunks(20)) chunks.push(rows.map((r) => r.cells[results.index.get('sourcedId')!]!));
  expect(chunks.map((c) => c.length)).toEqual([20, 20, 5]);
  expect(chunks.flat()).toEqual(Array.from({ length: 45 }, (_, i) => `r${i}`));
  // Twice: each call reads the zip again.
  let again = 0;
  for await (const rows of results.chunks(100)) again += rows.length;
  expect(again).toBe(45);
  // Small files are held as before.
  expect(bundle!.files.get('users')!.rows).toHaveLength(1);
});

it('names a streamed row of the wrong width by its line, as for a held file', async () => {
  const header = 'sourcedId,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate';
  const bytes = await makeBundle({}, { raw: { 'results.csv': `${header}\nr1,li1,u1,fully graded,5,2026-09-10\nr2,li1,u1,fully graded,5\n` } });
  const issues = new Issues();
  await readBundle(bytes, issues);
  expect(issues.list).toEqual([{ file: 'results.csv', line: 3, column: null, key: 'row_width', params: { found: 5, expected: 6 } }]);
});
