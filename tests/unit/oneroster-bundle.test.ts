import { expect, it } from 'vitest';
import { readBundle } from '@/lib/oneroster/bundle';
import { Issues } from '@/lib/oneroster/issues';
import { makeBundle } from '../support/oneroster-bundle';

const result = (i: number) => ({ sourcedId: `r${i}`, lineItemSourcedId: 'li1', studentSourcedId: 'u1', scoreStatus: 'fully graded', score: '5', scoreDate: '2026-09-10' });

it('holds no rows of results.csv: reads them a chunk at a time, in order, counted exactly by the last chunk of the first reading', async () => {
  const bytes = await makeBundle({ results: Array.from({ length: 45 }, (_, i) => result(i)), users: [{ sourcedId: 'u1', givenName: 'A' }] });
  const issues = new Issues();
  const bundle = await readBundle(bytes, issues);
  const results = bundle!.files.get('results')!;
  expect(results.streamed).toBe(true);
  expect(results.rows).toEqual([]);
  expect(results.header).toContain('lineItemSourcedId');
  const chunks: string[][] = [];
  const totals: number[] = [];
  for await (const rows of results.chunks(20)) {
    chunks.push(rows.map((r) => r.cells[results.index.get('sourcedId')!]!));
    totals.push(results.rowCount);
  }
  expect(totals.at(-1)).toBe(45);
  expect(chunks.map((c) => c.length)).toEqual([20, 20, 5]);
  expect(chunks.flat()).toEqual(Array.from({ length: 45 }, (_, i) => `r${i}`));
  // Twice: each call reads the zip again.
  let again = 0;
  for await (const rows of results.chunks(100)) again += rows.length;
  expect(again).toBe(45);
  // Small files are held as before.
  expect(bundle!.files.get('users')!.rows).toHaveLength(1);
});

it('names a streamed row of the wrong width by its line, as for a held file, once, when it is first read, and leaves it out', async () => {
  const header = 'sourcedId,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate';
  const bytes = await makeBundle({}, { raw: { 'results.csv': `${header}\nr1,li1,u1,fully graded,5,2026-09-10\nr2,li1,u1,fully graded,5\n` } });
  const issues = new Issues();
  const results = (await readBundle(bytes, issues))!.files.get('results')!;
  for (let pass = 0; pass < 2; pass++) {
    const lines: number[] = [];
    for await (const rows of results.chunks(20)) lines.push(...rows.map((r) => r.line));
    expect(lines).toEqual([2]);
    expect(results.rowCount).toBe(1);
  }
  expect(issues.list).toEqual([{ file: 'results.csv', line: 3, column: null, key: 'row_width', params: { found: 5, expected: 6 } }]);
});

it('names a streamed file that is not UTF-8 past its first megabyte when it is first read, and stops there', async () => {
  const header = 'sourcedId,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate';
  const good = Array.from({ length: 40_000 }, (_, i) => `r${i},li1,u1,fully graded,5,2026-09-10\n`).join('');
  const latin1 = Buffer.concat([Buffer.from(`${header}\n${good}r,li1,u1,`), Buffer.from([0xe9, 0xe9]), Buffer.from(',5,2026-09-10\n')]);
  const bytes = await makeBundle({}, { raw: { 'results.csv': latin1 } });
  const issues = new Issues();
  const results = (await readBundle(bytes, issues))!.files.get('results')!;
  // Only the header was read: the bad bytes lie beyond the first block inflated.
  expect(issues.any).toBe(false);
  let read = 0;
  for await (const rows of results.chunks(20_000)) read += rows.length;
  expect(read).toBeLessThan(40_000);
  expect(issues.list).toEqual([{ file: 'results.csv', line: null, column: null, key: 'encoding' }]);
});
