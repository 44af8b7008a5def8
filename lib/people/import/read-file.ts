import ExcelJS from 'exceljs';
import { isZip, unzippedSize } from '@/lib/zip/read';
import { detectSheetDelimiter, parseCsv } from '@/lib/csv';

/**
 * Reads an uploaded spreadsheet into text cells. The kind is decided by content, not by name:
 * an XLSX workbook is a zip (PK\x03\x04); anything else must be UTF-8 text to be read as CSV.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;
/** A 5 MB zip may inflate enormously; a real 5,000-row workbook inflates to a few MB. */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

export type Cell = { text: string; wasNumber: boolean };
export type ReadProblem = { key: string; params?: Record<string, string | number> };
/** Data rows keep their line in the file (the header is line 1), so errors point at the right row. */
export type SheetRow = { line: number; cells: Cell[] };
export type SheetRead = { ok: true; header: string[]; rows: SheetRow[] } | { ok: false; problem: ReadProblem };

function cellText(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '', wasNumber: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), wasNumber: false };
  if (typeof value === 'number') return { text: String(value), wasNumber: true };
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), wasNumber: false };
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return { text: String(value.text), wasNumber: false };
    return { text: '', wasNumber: false };
  }
  return { text: String(value), wasNumber: false };
}

const tooMany = (count: number): SheetRead => ({ ok: false, problem: { key: 'too_many_rows', params: { count, max: MAX_IMPORT_ROWS } } });

async function readXlsx(bytes: Uint8Array): Promise<SheetRead> {
  const inflated = unzippedSize(bytes);
  if (inflated === null || inflated > MAX_UNZIPPED_BYTES) return { ok: false, problem: { key: 'file_unreadable' } };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: { key: 'file_unreadable' } };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problem: { key: 'empty_file' } };
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS) return tooMany(sheet.actualRowCount - 1);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push({ line, cells: values.slice(1).map(cellText) });
  });
  return split(rows);
}

function readCsv(bytes: Uint8Array): SheetRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { key: 'file_type' } };
  }
  if (text.includes('\u0000')) return { ok: false, problem: { key: 'file_type' } };
  const body = text.replace(/^\uFEFF/, '');
  const rows = parseCsv(body, detectSheetDelimiter(body)).map((r, i) => ({ line: i + 1, cells: r.map((text) => ({ text, wasNumber: false })) }));
  return split(rows.filter((r) => r.cells.some((c) => c.text.trim() !== '')));
}

/** The first non-empty row is the header; the rest are data. */
function split(rows: SheetRow[]): SheetRead {
  const [header, ...data] = rows;
  if (!header || data.length === 0) return { ok: false, problem: { key: 'empty_file' } };
  if (data.length > MAX_IMPORT_ROWS) return tooMany(data.length);
  return { ok: true, header: header.cells.map((c) => c.text), rows: data };
}

export async function readSpreadsheet(bytes: Uint8Array): Promise<SheetRead> {
  if (bytes.length === 0) return { ok: false, problem: { key: 'file_missing' } };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, problem: { key: 'file_too_large' } };
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}
