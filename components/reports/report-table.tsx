'use client';

import { type ColumnDef, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures, useTable } from '@tanstack/react-table';
import { useLocale } from 'next-intl';
import { useMemo } from 'react';
import { formatNumber } from '@/lib/i18n/numbers';
import type { CellValue } from '@/lib/reports/definition';
import type { ReportTable as Table, TableColumn } from '@/lib/reports/tabulate';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { basic: sortFn_basic, alphanumeric: sortFn_alphanumeric } });

type Row = { cells: CellValue[] };

const numeric = (c: TableColumn) => c.kind !== 'text' && c.kind !== 'date';
const cellClass = (c: TableColumn) => `border border-neutral-300 px-2 py-1 ${numeric(c) ? 'text-right tabular-nums' : 'text-left'}`;

function GroupHeaderRow({ columns }: { columns: TableColumn[] }) {
  const spans: Array<{ label: string; from: number; width: number; grouped: boolean }> = [];
  columns.forEach((c, i) => {
    const last = spans.at(-1);
    if (last && c.group !== null && last.grouped && last.label === c.group) last.width++;
    else spans.push({ label: c.group ?? c.label, from: i, width: 1, grouped: c.group !== null });
  });
  return (
    <tr>
      {spans.map((s) => (
        <th key={s.from} scope="col" colSpan={s.width} rowSpan={s.grouped ? 1 : 2} className="border border-neutral-300 bg-neutral-100 px-2 py-1 text-center align-bottom">
          {s.label}
        </th>
      ))}
    </tr>
  );
}

/** A number as the page's language writes it ("3 609", "44,8"; "3,609", "44.8" in English); the sort keeps the raw value. */
function shown(value: CellValue, column: TableColumn, locale: string): CellValue {
  if (typeof value !== 'number') return value;
  return formatNumber(value, locale, column.kind === 'decimal' ? { minimumFractionDigits: 1, maximumFractionDigits: 2 } : undefined);
}

function Cells({ columns, cells }: { columns: TableColumn[]; cells: CellValue[] }) {
  const locale = useLocale();
  return cells.map((value, i) => (
    <td key={columns[i]!.key} className={cellClass(columns[i]!)}>
      {shown(value, columns[i]!, locale)}
    </td>
  ));
}

/**
 * A report's table: two header rows when columns are grouped (figure 18), a click on a column
 * header sorts by it (not in the grouped form, whose sections keep their order), the totals row
 * stays at the foot. Rendered on the server first, so it prints and reads without JavaScript.
 */
export function ReportTable({ table, caption, sortLabel, testId }: { table: Table; caption: string; sortLabel: string; testId: string }) {
  const locale = useLocale();
  const grouped = table.columns.some((c) => c.group !== null);
  const columns = useMemo<Array<ColumnDef<typeof features, Row>>>(
    () =>
      table.columns.map((c, i) => ({
        id: c.key === 'number' ? 'number' : `${c.key}-${i}`,
        accessorFn: (row: Row) => row.cells[i] ?? null,
        header: c.label,
        sortFn: numeric(c) ? 'basic' : 'alphanumeric',
        enableSorting: table.sections === null && c.key !== 'number',
      })),
    [table],
  );
  const data = useMemo(() => table.rows.map((cells) => ({ cells })), [table]);
  const reactTable = useTable({ features, columns, data });
  const sortedRows = reactTable.getRowModel().rows;
  const headers = reactTable.getHeaderGroups()[0]?.headers ?? [];

  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          {grouped && <GroupHeaderRow columns={table.columns} />}
          <tr>
            {headers.map((header, i) => {
              const column = table.columns[i]!;
              if (grouped && column.group === null) return null;
              const sorted = header.column.getIsSorted();
              const toggle = header.column.getToggleSortingHandler();
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  className="border border-neutral-300 bg-neutral-100 px-2 py-1 text-center"
                >
                  {toggle ? (
                    <button type="button" onClick={toggle} className="font-semibold hover:underline" title={sortLabel}>
                      {column.label}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {table.sections
            ? table.sections.flatMap((section) => [
                <tr key={`section-${section.title}`}>
                  <th scope="rowgroup" colSpan={table.columns.length} className="border border-neutral-300 bg-sky-50 px-2 py-1 text-left">
                    {section.title} ({formatNumber(section.rows.length, locale)})
                  </th>
                </tr>,
                ...section.rows.map((cells, i) => (
                  <tr key={`${section.title}-${i}`}>
                    <Cells columns={table.columns} cells={cells} />
                  </tr>
                )),
              ])
            : sortedRows.map((row) => (
                <tr key={row.id} className="even:bg-neutral-50">
                  <Cells columns={table.columns} cells={row.original.cells} />
                </tr>
              ))}
        </tbody>
        {table.totals && (
          <tfoot>
            <tr className="font-semibold" data-testid={`${testId}-totals`}>
              <Cells columns={table.columns} cells={table.totals} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
