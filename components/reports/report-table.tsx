'use client';

import { useLocale } from 'next-intl';
import { type Column, DataTable } from '@/components/ui/data-table';
import { formatNumber } from '@/lib/i18n/numbers';
import type { CellValue } from '@/lib/reports/definition';
import type { ReportSort } from '@/lib/reports/sort';
import type { ReportTable as Table, TableColumn } from '@/lib/reports/tabulate';

const numeric = (c: TableColumn) => c.kind !== 'text' && c.kind !== 'date';

/**
 * Figures are right-aligned. When most columns hold figures that is said once, on the table, and
 * the text columns' cells say left; otherwise each figure's cell says right. A school's marks
 * table had 147 cells each carrying `class="text-right"` (≈ 3 KB of a page, issue 13). `:where`
 * gives the table's rule no more weight than a cell's own class, so `text-left` wins over it.
 */
const FIGURES_RIGHT = '[:where(&)_td]:text-right';

function alignment(table: Table) {
  const figures = table.columns.filter(numeric).length > table.columns.length / 2;
  return { tableClass: figures ? FIGURES_RIGHT : undefined, cellClass: (column: TableColumn) => (numeric(column) ? (figures ? undefined : 'text-right') : figures ? 'text-left' : undefined) };
}

/** A number as the page's language writes it ("3 609", "44,8"; "3,609", "44.8" in English). */
function shown(value: CellValue, column: TableColumn, locale: string): CellValue {
  if (typeof value !== 'number') return value;
  return formatNumber(value, locale, column.kind === 'decimal' ? { minimumFractionDigits: 1, maximumFractionDigits: 2 } : undefined);
}

/** Sorting by a column header: the current order, and per column the address its header leads to (null: not sortable; lib/reports/sort.ts). */
export type TableSorting = { sort: ReportSort; hrefs: Array<string | null>; label: string };

/** The report's columns for the DataTable: a row is the report's cell values, in column order. */
function reportColumns(table: Table, locale: string, sorting: TableSorting | undefined, cellClass: (column: TableColumn) => string | undefined): Array<Column<CellValue[]>> {
  return table.columns.map((column, i) => {
    const href = sorting?.hrefs[i];
    const order = sorting?.sort?.column === i ? (sorting.sort.descending ? 'desc' : 'asc') : null;
    return {
      id: `${column.key}-${i}`,
      header: column.label,
      cell: (cells) => shown(cells[i] ?? null, column, locale),
      // Figures line up by the grid look's tabular digits (components/ui/table-frame.tsx).
      className: cellClass(column),
      group: column.group,
      // A plain link (the page loads sorted): the table stays free of the router, for its unit test and the print view.
      sort: href ? { href: `/${locale}${href}`, order, title: sorting.label } : null,
    };
  });
}

/**
 * A report's table: two header rows when columns are grouped (figure 18), the totals row at the
 * foot. With `sorting`, a column header is a link that sorts the whole report by it on the server,
 * before the page is cut (not in the grouped form, whose sections keep their order). A client
 * component only because its props (plain cell values) are far smaller in the page's payload than
 * the rendered elements of a server component would be (issue 13); the DataTable it draws with
 * needs no hooks, so it renders here as well as on the server.
 */
export function ReportTable({ table, caption, testId, sorting }: { table: Table; caption: string; testId: string; sorting?: TableSorting }) {
  const locale = useLocale();
  const { tableClass, cellClass } = alignment(table);
  return (
    <DataTable
      look="grid"
      className={tableClass}
      focusable
      columns={reportColumns(table, locale, sorting, cellClass)}
      rows={table.rows}
      rowKey={(_, i) => i}
      sections={table.sections?.map((section) => ({ key: section.title, title: `${section.title} (${formatNumber(section.total ?? section.rows.length, locale)})`, rows: section.rows }))}
      totals={table.totals && { row: table.totals, testId: `${testId}-totals` }}
      caption={caption}
      testId={testId}
    />
  );
}
