import type { CellValue } from '@/lib/reports/definition';
import type { ReportTable } from '@/lib/reports/tabulate';
import { type SheetMeta, sheetRows } from './sheet-layout';

/**
 * The one CSV writer. Two flavours of every CSV download:
 * - `csv`: RFC 4180 for machines — comma, no byte-order mark, numbers with a decimal point;
 * - `csv-excel`: for a person opening the file in Excel — a UTF-8 byte-order mark (so Excel reads
 *   Kazakh letters) and the list separator of the user's regional settings: Excel in ru-KZ /
 *   kk-KZ (and ru-RU) splits on `;` and reads `,` as the decimal mark, so a comma file opens in
 *   one column there; English settings keep `,`.
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe in both.
 */

export type CsvFlavour = 'csv' | 'csv-excel';
export type CsvDialect = { delimiter: ',' | ';'; bom: boolean; decimalComma: boolean };

export const CSV_FLAVOURS: readonly CsvFlavour[] = ['csv', 'csv-excel'];

export function isCsvFlavour(value: string | null): value is CsvFlavour {
  return value !== null && (CSV_FLAVOURS as readonly string[]).includes(value);
}

export function csvDialect(flavour: CsvFlavour, locale: string): CsvDialect {
  if (flavour === 'csv') return { delimiter: ',', bom: false, decimalComma: false };
  const semicolon = locale === 'kk' || locale === 'ru';
  return { delimiter: semicolon ? ';' : ',', bom: true, decimalComma: semicolon };
}

/** The file name's extension and the response's type are the same for both flavours. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * A cell a spreadsheet would run as a formula (=, @, or + / - not followed by a digit or a space,
 * as in "+7 701…" or "-5") gets a leading apostrophe, so an opened CSV never executes anything.
 */
function defuse(value: string): string {
  return /^[=@\t\r]|^[+-](?![\d\s])/.test(value) ? `'${value}` : value;
}

function field(value: CellValue, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') return dialect.decimalComma ? String(value).replace('.', ',') : String(value);
  const safe = defuse(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line: the cells quoted as needed, joined by the dialect's separator, ended by CRLF. */
export function csvRow(cells: readonly CellValue[], dialect: CsvDialect): string {
  return `${cells.map((c) => field(c, dialect)).join(dialect.delimiter)}\r\n`;
}

/** Whole rows at once (small files: templates, error lists). */
export function toCsv(rows: readonly (readonly CellValue[])[], dialect: CsvDialect): string {
  return `${dialect.bom ? '\uFEFF' : ''}${rows.map((r) => csvRow(r, dialect)).join('')}`;
}

/**
 * One record of a data exchange file (OneRoster): quoted only where needed and the values untouched
 * (no apostrophe before '=' or '-'), since another system reads them back exactly.
 */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}

export function* csvLines(table: ReportTable, meta: SheetMeta, dialect: CsvDialect): Generator<string> {
  if (dialect.bom) yield '\uFEFF';
  for (const row of sheetRows(table, meta)) {
    if (row.kind === 'group-header') continue;
    const cells = row.kind === 'header' ? table.columns.map((c) => (c.group ? `${c.group}: ${c.label}` : c.label)) : row.cells;
    yield csvRow(cells, dialect);
  }
}

/** Lines as a web stream, a few hundred per chunk: small enough to stream, big enough not to crawl. */
export function csvStream(lines: Iterable<string> | AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : lines[Symbol.iterator]();
  return new ReadableStream({
    async pull(controller) {
      let chunk = '';
      for (let i = 0; i < 500; i++) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function csvResponseBody(table: ReportTable, meta: SheetMeta, dialect: CsvDialect): ReadableStream<Uint8Array> {
  return csvStream(csvLines(table, meta, dialect));
}
