'use client';

import { useLocale } from 'next-intl';
import { Fragment, type ReactNode } from 'react';
import { formatNumber } from '@/lib/i18n/numbers';
import type { CellValue } from '@/lib/reports/definition';
import type { ReportSort } from '@/lib/reports/sort';
import type { ReportTable as Table, TableColumn } from '@/lib/reports/tabulate';

const numeric = (c: TableColumn) => c.kind !== 'text' && c.kind !== 'date';
// Borders, padding and stripes are set once on the table, not on each of its hundreds of cells (page weight, issue 13).
const TABLE_CLASS =
  'w-full border-collapse text-sm [&_td]:border [&_td]:border-neutral-300 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-neutral-300 [&_th]:px-2 [&_th]:py-1 ' +
  '[&_thead_th]:bg-neutral-100 [&_thead_th]:text-center [&_tbody_tr:nth-child(even)]:bg-neutral-50';
const cellClass = (c: TableColumn) => (numeric(c) ? 'text-right tabular-nums' : undefined);

function GroupHeaderRow({ columns, header }: { columns: TableColumn[]; header: (column: number) => ReactNode }) {
  const spans: Array<{ label: string; from: number; width: number; grouped: boolean }> = [];
  columns.forEach((c, i) => {
    const last = spans.at(-1);
    if (last && c.group !== null && last.grouped && last.label === c.group) last.width++;
    else spans.push({ label: c.group ?? c.label, from: i, width: 1, grouped: c.group !== null });
  });
  return (
    <tr>
      {spans.map((s) =>
        s.grouped ? (
          <th key={s.from} scope="col" colSpan={s.width} className="align-bottom">
            {s.label}
          </th>
        ) : (
          <Fragment key={s.from}>{header(s.from)}</Fragment>
        ),
      )}
    </tr>
  );
}

/** A number as the page's language writes it ("3 609", "44,8"; "3,609", "44.8" in English). */
function shown(value: CellValue, column: TableColumn, locale: string): CellValue {
  if (typeof value !== 'number') return value;
  return formatNumber(value, locale, column.kind === 'decimal' ? { minimumFractionDigits: 1, maximumFractionDigits: 2 } : undefined);
}

function Cells({ columns, cells, locale }: { columns: TableColumn[]; cells: CellValue[]; locale: string }) {
  return cells.map((value, i) => (
    <td key={columns[i]!.key} className={cellClass(columns[i]!)}>
      {shown(value, columns[i]!, locale)}
    </td>
  ));
}

/** Sorting by a column header: the current order, and per column the address its header leads to (null: not sortable; lib/reports/sort.ts). */
export type TableSorting = { sort: ReportSort; hrefs: Array<string | null>; label: string };

/**
 * A report's table: two header rows when columns are grouped (figure 18), the totals row at the
 * foot. With `sorting`, a column header is a link that sorts the whole report by it on the server,
 * before the page is cut (not in the grouped form, whose sections keep their order). A client
 * component only because its props (plain cell values) are far smaller in the page's payload than
 * the rendered elements of a server component would be (issue 13).
 */
export function ReportTable({ table, caption, testId, sorting }: { table: Table; caption: string; testId: string; sorting?: TableSorting }) {
  const locale = useLocale();
  const grouped = table.columns.some((c) => c.group !== null);
  // A column's header cell: its name, a link that sorts by it when the table is sortable by address.
  const header = (i: number, rowSpan: number) => {
    const column = table.columns[i]!;
    const sorted = sorting?.sort?.column === i ? (sorting.sort.descending ? 'desc' : 'asc') : null;
    const href = sorting?.hrefs[i];
    return (
      <th key={`${column.key}-${i}`} scope="col" rowSpan={rowSpan > 1 ? rowSpan : undefined} className={rowSpan > 1 ? 'align-bottom' : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
        {href ? (
          // A plain link (the page loads sorted): the table stays free of the router, for its unit test and the print view.
          <a href={`/${locale}${href}`} className="font-semibold hover:underline" title={sorting.label}>
            {column.label}
            <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
          </a>
        ) : (
          column.label
        )}
      </th>
    );
  };
  return (
    // Focusable and named: a wide table scrolls sideways by keyboard too.
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0}>
      <table className={TABLE_CLASS} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          {grouped && <GroupHeaderRow columns={table.columns} header={(i) => header(i, 2)} />}
          <tr>{table.columns.map((column, i) => (grouped && column.group === null ? null : header(i, 1)))}</tr>
        </thead>
        <tbody>
          {table.sections
            ? table.sections.flatMap((section) => [
                <tr key={`section-${section.title}`}>
                  <th scope="rowgroup" colSpan={table.columns.length} className="bg-sky-50 text-left">
                    {section.title} ({formatNumber(section.total ?? section.rows.length, locale)})
                  </th>
                </tr>,
                ...section.rows.map((cells, i) => (
                  <tr key={`${section.title}-${i}`}>
                    <Cells columns={table.columns} cells={cells} locale={locale} />
                  </tr>
                )),
              ])
            : table.rows.map((cells, i) => (
                <tr key={i}>
                  <Cells columns={table.columns} cells={cells} locale={locale} />
                </tr>
              ))}
        </tbody>
        {table.totals && (
          <tfoot>
            <tr className="font-semibold" data-testid={`${testId}-totals`}>
              <Cells columns={table.columns} cells={table.totals} locale={locale} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
