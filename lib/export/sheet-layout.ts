import type { CellValue } from '@/lib/reports/definition';
import type { ReportTable } from '@/lib/reports/tabulate';

/** The rows a spreadsheet of a report holds, in order, shared by the XLSX and CSV writers. */

export type SheetMeta = { title: string; lines: string[] };

export type SheetRow = { kind: 'title' | 'meta' | 'group-header' | 'header' | 'section' | 'data' | 'totals'; cells: CellValue[] };

/** Column groups as spans over the header: [label, first column, last column]. */
export function headerGroups(table: ReportTable): Array<{ label: string | null; from: number; to: number }> {
  const spans: Array<{ label: string | null; from: number; to: number }> = [];
  table.columns.forEach((c, i) => {
    const last = spans.at(-1);
    if (last && c.group !== null && last.label === c.group) last.to = i;
    else spans.push({ label: c.group, from: i, to: i });
  });
  return spans;
}

export function* sheetRows(table: ReportTable, meta: SheetMeta): Generator<SheetRow> {
  yield { kind: 'title', cells: [meta.title] };
  for (const line of meta.lines) yield { kind: 'meta', cells: [line] };
  if (table.columns.some((c) => c.group !== null)) {
    const groups: CellValue[] = table.columns.map(() => null);
    for (const span of headerGroups(table)) groups[span.from] = span.label ?? table.columns[span.from]!.label;
    yield { kind: 'group-header', cells: groups };
  }
  yield { kind: 'header', cells: table.columns.map((c) => c.label) };
  if (table.sections) {
    for (const section of table.sections) {
      yield { kind: 'section', cells: [`${section.title} (${section.rows.length})`] };
      for (const row of section.rows) yield { kind: 'data', cells: row };
    }
  } else {
    for (const row of table.rows) yield { kind: 'data', cells: row };
  }
  if (table.totals) yield { kind: 'totals', cells: table.totals };
}
