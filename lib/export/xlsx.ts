import { PassThrough, Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnKind } from '@/lib/reports/definition';
import type { ReportTable } from '@/lib/reports/tabulate';
import { headerGroups, type SheetMeta, sheetRows } from './sheet-layout';

/**
 * A report as an .xlsx file, written with exceljs's streaming writer: each row is committed to
 * the zip stream as soon as it is added, so the file leaves the server while it is being made.
 * Numbers are numbers, dates are dates, headers are in the user's language.
 */

const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = { integer: '0', decimal: '0.00', date: 'yyyy-mm-dd' };

function cellValue(kind: ColumnKind | undefined, value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

export async function writeXlsx(table: ReportTable, meta: SheetMeta & { sheetName: string }, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(meta.sheetName.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: c.kind === 'text' ? 32 : c.kind === 'date' ? 12 : 10 }));
  const last = table.columns.length;
  let rowNumber = 0;
  let groupHeaderRow = 0;
  for (const row of sheetRows(table, meta)) {
    rowNumber++;
    const added = sheet.addRow(row.kind === 'data' || row.kind === 'totals' ? row.cells.map((v, i) => cellValue(table.columns[i]?.kind, v)) : row.cells);
    if (row.kind === 'data' || row.kind === 'totals') {
      table.columns.forEach((c, i) => {
        const format = NUMBER_FORMAT[c.kind];
        if (format) added.getCell(i + 1).numFmt = format;
      });
    }
    if (row.kind === 'title') added.font = { bold: true, size: 14 };
    if (row.kind === 'group-header') groupHeaderRow = rowNumber;
    if (row.kind === 'header' || row.kind === 'group-header' || row.kind === 'totals' || row.kind === 'section') added.font = { bold: true };
    if (row.kind === 'header' && groupHeaderRow > 0) {
      // A grouped column's label sits under its group; an ungrouped one spans both header rows.
      for (const span of headerGroups(table)) {
        if (span.label === null) sheet.mergeCells(groupHeaderRow, span.from + 1, rowNumber, span.from + 1);
        else if (span.to > span.from) sheet.mergeCells(groupHeaderRow, span.from + 1, groupHeaderRow, span.to + 1);
      }
    }
    if (row.kind === 'section' && last > 1) sheet.mergeCells(rowNumber, 1, rowNumber, last);
    // The header rows stay open until their cells are merged; from the table on, each row is
    // committed (and leaves for the stream) as soon as it is written.
    if (row.kind !== 'title' && row.kind !== 'meta' && row.kind !== 'group-header') added.commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** The workbook as a web stream for a route handler's Response. */
export function xlsxResponseBody(table: ReportTable, meta: SheetMeta & { sheetName: string }): ReadableStream<Uint8Array> {
  const pass = new PassThrough();
  writeXlsx(table, meta, pass).catch((error: unknown) => pass.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(pass) as ReadableStream<Uint8Array>;
}

/**
 * A plain list (one bold header row, then text rows) as XLSX through exceljs' streaming writer:
 * each row is committed (written out) as it comes, at the reader's pace.
 */
export function xlsxStream(sheetName: string, header: string[], rows: AsyncIterable<string[]>): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = header.map((h) => ({ header: h, width: Math.max(14, h.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for await (const cells of rows) {
        sheet.addRow(cells).commit();
        // Respect the reader's pace: wait while the stream's buffer is full.
        if (output.writableNeedDrain) await new Promise((resolve) => output.once('drain', resolve));
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

/**
 * An empty sheet to fill in (an import's template): bold header row frozen on screen, each column
 * formatted for what goes in it — text keeps an IIN's or phone's leading zeros, date shows ISO days.
 */
export async function xlsxTemplate(sheetName: string, columns: ReadonlyArray<{ header: string; format?: 'text' | 'date' }>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: Math.max(14, c.header.length + 4),
    style: c.format === 'text' ? { numFmt: '@' } : c.format === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
