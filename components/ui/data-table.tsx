import { createElement, Fragment, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { TableFrame, type TableLook } from './table-frame';

/** A column header's link that sorts the whole list on the server (lib/reports/sort.ts): where it leads, the current order. */
export type ColumnSort = { href: string; order: 'asc' | 'desc' | null; title: string };

/**
 * One column of a DataTable, defined beside its feature: the header (text, or an sr-only name),
 * how a row's cell is drawn, and optionally the group it stands under (two header rows) and the
 * link that sorts by it.
 */
export type Column<Row> = {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  className?: string;
  headerClassName?: string;
  /** A test id on each of the column's cells. */
  cellTestId?: string;
  group?: string | null;
  sort?: ColumnSort | null;
};

export type TableSection<Row> = { key: string; title: ReactNode; rows: Row[] };

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { 'data-testid'?: string };

/**
 * The app's one data table: its frame, the header (sort links, grouped columns), the rows or
 * sections of rows, a totals row, the empty state and the page links. Sorting and paging happen
 * on the server before the rows arrive, so this needs no state or hooks and renders in a server
 * component as well as inside a client one (the reports' table, whose plain cell values weigh less
 * in the page than rendered elements would).
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  rowProps,
  sections,
  totals,
  caption,
  captionClassName = 'sr-only',
  look,
  className,
  focusable,
  testId,
  empty,
  pagination,
}: {
  columns: Array<Column<Row>>;
  rows: Row[];
  rowKey: (row: Row, index: number) => Key;
  rowProps?: (row: Row) => RowAttributes;
  /** Rows under section titles instead of `rows` (a report's grouped form). */
  sections?: Array<TableSection<Row>> | null;
  totals?: { row: Row; testId?: string } | null;
  caption?: string;
  /** The caption is for screen readers unless a class shows it. */
  captionClassName?: string;
  look?: TableLook;
  /** Added to the look's classes on the table (a smaller text). */
  className?: string;
  focusable?: boolean;
  testId?: string;
  /** Shown instead of the table when there is no row. */
  empty?: ReactNode;
  /** The page links under the table (components/ui/pagination.tsx). */
  pagination?: ReactNode;
}) {
  const count = sections ? sections.reduce((n, s) => n + s.rows.length, 0) : rows.length;
  if (count === 0 && empty !== undefined) return createElement(Fragment, null, ...present(empty, pagination));
  const grouped = columns.some((c) => c.group);
  const body = (list: Row[]) => list.map((row, i) => createElement('tr', { key: rowKey(row, i), ...rowProps?.(row) }, ...cells(columns, row)));
  const table = createElement(
    TableFrame,
    { look, className, focusable, testId },
    ...present(
      caption ? <caption className={captionClassName}>{caption}</caption> : null,
      createElement('thead', null, ...present(grouped ? <GroupHeaderRow columns={columns} /> : null, createElement('tr', null, ...columns.filter((column) => !grouped || column.group).map((column) => headerCell(column))))),
      <tbody>
        {sections
          ? sections.map((section) => (
              <Fragment key={section.key}>
                <tr>
                  <th scope="rowgroup" colSpan={columns.length} className="bg-sky-50 text-left">
                    {section.title}
                  </th>
                </tr>
                {body(section.rows)}
              </Fragment>
            ))
          : body(rows)}
      </tbody>,
      totals ? <tfoot>{createElement('tr', only({ className: 'font-semibold', 'data-testid': totals.testId }), ...cells(columns, totals.row))}</tfoot> : null,
    ),
  );
  return pagination === undefined ? table : createElement(Fragment, null, table, pagination);
}

/** The parts that are there: an absent caption or totals row is no `"$undefined"` in the page's payload. */
function present(...parts: ReactNode[]): ReactNode[] {
  return parts.filter((part) => part !== undefined && part !== null && part !== false);
}

/**
 * Attributes without the unset ones, and cells as separate children rather than a keyed list:
 * a server component's rendered elements travel in the page's payload too, and every
 * `"className":"$undefined"` or key there is weight for nothing on a page of rows (issue 13).
 */
function only<T extends Record<string, unknown>>(attributes: T): Partial<T> | null {
  const set = Object.entries(attributes).filter(([, value]) => value !== undefined && value !== null);
  return set.length ? (Object.fromEntries(set) as Partial<T>) : null;
}

function cells<Row>(columns: Array<Column<Row>>, row: Row): ReactNode[] {
  return columns.map((column) => createElement('td', only({ className: column.className, 'data-testid': column.cellTestId }), column.cell(row)));
}

/** A column's header cell: its name, or a plain link that loads the list sorted by it (no script needed). */
function headerCell<Row>(column: Column<Row>, rowSpan?: number): ReactNode {
  const order = column.sort?.order;
  const attributes = only({
    scope: 'col',
    rowSpan,
    className: [rowSpan ? 'align-bottom' : null, column.headerClassName].filter(Boolean).join(' ') || undefined,
    'aria-sort': order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : undefined,
  });
  // The link's look is the table's (components/ui/table-frame.tsx); the arrow only on the sorted column.
  const label = column.sort ? (
    <a href={column.sort.href} title={column.sort.title}>
      {column.header}
      {order && <span aria-hidden="true">{order === 'asc' ? ' ▲' : ' ▼'}</span>}
    </a>
  ) : (
    column.header
  );
  return createElement('th', attributes, label);
}

/** The upper header row of grouped columns (figure 18): a group's name over its columns; an ungrouped column spans both rows. */
function GroupHeaderRow<Row>({ columns }: { columns: Array<Column<Row>> }) {
  const spans: Array<{ label: string; from: number; width: number }> = [];
  columns.forEach((c, i) => {
    const last = spans.at(-1);
    if (c.group && last && last.label === c.group && columns[last.from]!.group === c.group) last.width++;
    else if (c.group) spans.push({ label: c.group, from: i, width: 1 });
    else spans.push({ label: '', from: i, width: 0 });
  });
  return createElement(
    'tr',
    null,
    ...spans.map((s) => (s.width > 0 ? createElement('th', { scope: 'col', colSpan: s.width, className: 'align-bottom' }, s.label) : headerCell(columns[s.from]!, 2))),
  );
}
