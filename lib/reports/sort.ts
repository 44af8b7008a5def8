import { collator } from '@/lib/i18n/collate';
import type { CellValue } from './definition';
import type { ReportTable } from './tabulate';

/**
 * A report table sorted by one column, named in the address (`?sort=3` ascending, `?sort=-3`
 * descending, the column's index): the server sorts every row before it cuts the page, so the
 * order holds across pages, and the table needs no script. Grouped forms (sections) and the
 * row-number column keep their order.
 */
export type ReportSort = { column: number; descending: boolean } | null;

export function isSortable(table: ReportTable, column: number): boolean {
  return table.sections === null && table.columns[column] !== undefined && table.columns[column].key !== 'number';
}

export function parseSort(value: string | string[] | undefined, table: ReportTable): ReportSort {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^-?\d{1,3}$/.test(text)) return null;
  const column = Math.abs(Number(text));
  return isSortable(table, column) ? { column, descending: text.startsWith('-') } : null;
}

/** The address value of a sort. */
export function sortValue(column: number, descending: boolean): string {
  return descending ? `-${column}` : String(column);
}

/** Rows in the order of `sort` (stable; empty cells last either way; text in the page language's alphabet). */
export function sortRows(rows: CellValue[][], sort: ReportSort, locale: string): CellValue[][] {
  if (!sort) return rows;
  const { compare } = collator(locale);
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[sort.column] ?? null;
      const y = b.row[sort.column] ?? null;
      if (x === null || x === '' || y === null || y === '') return (x === null || x === '' ? 1 : 0) - (y === null || y === '' ? 1 : 0) || a.index - b.index;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compare(String(x), String(y));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}
