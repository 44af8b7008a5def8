import { describe, expect, it } from 'vitest';
import { parseSort, sortRows, sortValue } from '@/lib/reports/sort';
import type { ReportTable } from '@/lib/reports/tabulate';

/** Issue 13: a paged report is sorted on the server, over every row, before its page is cut. */
const table: ReportTable = {
  columns: [
    { key: 'number', label: '№', group: null, kind: 'integer' },
    { key: 'name', label: 'Name', group: null, kind: 'text' },
    { key: 'people', label: 'People', group: null, kind: 'integer' },
  ],
  rows: [
    [1, 'Өрлеу', 10],
    [2, 'Әл-Фараби', null],
    [3, 'Абай', 9],
    [4, 'Оқу', 100],
  ],
  sections: null,
  totals: null,
};

describe('report sort by address', () => {
  it('reads a column and a direction, refusing the row number, unknown columns and grouped forms', () => {
    expect(parseSort('2', table)).toEqual({ column: 2, descending: false });
    expect(parseSort('-1', table)).toEqual({ column: 1, descending: true });
    expect(parseSort(sortValue(2, true), table)).toEqual({ column: 2, descending: true });
    for (const bad of ['0', '3', 'x', '1e3', '', undefined]) expect(parseSort(bad, table)).toBeNull();
    expect(parseSort('1', { ...table, sections: [{ title: 'A', rows: table.rows }] })).toBeNull();
  });

  it('sorts numbers as numbers and names in the Kazakh alphabet, empty cells last, every row kept', () => {
    expect(sortRows(table.rows, { column: 2, descending: false }, 'kk').map((r) => r[0])).toEqual([3, 1, 4, 2]);
    expect(sortRows(table.rows, { column: 2, descending: true }, 'kk').map((r) => r[0])).toEqual([4, 1, 3, 2]);
    expect(sortRows(table.rows, { column: 1, descending: false }, 'kk').map((r) => r[1])).toEqual(['Абай', 'Әл-Фараби', 'Оқу', 'Өрлеу']);
    expect(sortRows(table.rows, null, 'kk')).toBe(table.rows);
  });
});
