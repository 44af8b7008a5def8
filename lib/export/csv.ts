import type { CellValue } from '@/lib/reports/definition';
import type { ReportTable } from '@/lib/reports/tabulate';
import { type SheetMeta, sheetRows } from './sheet-layout';

/**
 * A report as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Kazakh letters), made
 * row by row. A text cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe; numbers are written bare.
 */

function field(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function* csvLines(table: ReportTable, meta: SheetMeta): Generator<string> {
  yield '\uFEFF';
  for (const row of sheetRows(table, meta)) {
    if (row.kind === 'group-header') continue;
    const cells = row.kind === 'header' ? table.columns.map((c) => (c.group ? `${c.group}: ${c.label}` : c.label)) : row.cells;
    yield `${cells.map(field).join(',')}\r\n`;
  }
}

export function csvResponseBody(table: ReportTable, meta: SheetMeta): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const lines = csvLines(table, meta);
  return new ReadableStream({
    // A few hundred lines per chunk: small enough to stream, big enough not to crawl.
    pull(controller) {
      let chunk = '';
      for (let i = 0; i < 500; i++) {
        const next = lines.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}
