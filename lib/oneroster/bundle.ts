import { CsvParser } from '@/lib/csv';
import { listZip, readEntry, ZipEntryError } from '@/lib/zip/read';
import { DATA_FILES, type DataFile, MANIFEST_FILES, REQUIRED_COLUMNS } from './files';
import type { Issues } from './issues';

/**
 * Opens a bundle: checks the zip (size, a zip bomb by its declared sizes and by what actually
 * inflates), reads manifest.csv and every data file the manifest lists as UTF-8 CSV (with or
 * without a byte-order mark) into rows, and names every missing required column. Problems go to
 * `issues`; the caller writes nothing when there are any.
 */

export type BundleLimits = { bundleBytes: number; fileBytes: number; totalBytes: number; ratio: number };

export const DEFAULT_LIMITS: BundleLimits = {
  bundleBytes: 1024 ** 3,
  fileBytes: 1024 ** 3,
  totalBytes: 3 * 1024 ** 3,
  // Roster CSV deflates 5–20 times; a hundredfold is a bomb, not a roster.
  ratio: 100,
};

export type Row = { line: number; cells: string[] };
export type CsvFile = { name: DataFile; mode: 'bulk' | 'delta'; header: string[]; index: Map<string, number>; rows: Row[] };
export type Bundle = { files: Map<DataFile, CsvFile>; systemName: string };

export type ReadProgress = (step: { file: string; rows: number }) => void;

/** The value of `column` in `row`, trimmed ('' when the file has no such column). */
export function cell(file: CsvFile, row: Row, column: string): string {
  const i = file.index.get(column);
  return i === undefined ? '' : (row.cells[i] ?? '').trim();
}

export const hasColumn = (file: CsvFile | undefined, column: string) => file?.index.has(column) ?? false;

async function readCsv(bytes: Uint8Array, entry: ReturnType<typeof findEntry> & object, name: string, limits: BundleLimits, issues: Issues, progress?: ReadProgress): Promise<Row[] | null> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parser = new CsvParser(',');
  const rows: Row[] = [];
  const take = (records: Row[]) => {
    for (const r of records) if (r.cells.some((c) => c.trim() !== '')) rows.push(r);
    if (progress && records.length > 0) progress({ file: name, rows: rows.length });
  };
  try {
    for await (const chunk of readEntry(bytes, entry, limits.fileBytes)) {
      const text = decoder.decode(chunk, { stream: true });
      if (text.includes('\u0000')) throw new TypeError('NUL');
      take(parser.push(text));
    }
    take(parser.push(decoder.decode()));
    take(parser.end());
  } catch (error) {
    if (error instanceof ZipEntryError) {
      issues.add({ file: name, line: null, column: null, key: error.problem === 'too_large' ? 'file_too_large' : 'zip_corrupt', params: { max: Math.round(limits.fileBytes / 1024 ** 2) } });
    } else if (error instanceof TypeError) issues.add({ file: name, line: null, column: null, key: 'encoding' });
    else throw error;
    return null;
  }
  return rows;
}

function findEntry(entries: ReturnType<typeof listZip> & { ok: true }, name: string) {
  // Files live at the root of the zip; a folder some zip tools add in front is accepted.
  return entries.entries.find((e) => e.name === name) ?? entries.entries.find((e) => e.name.endsWith(`/${name}`) && e.name.split('/').length === 2);
}

export async function readBundle(bytes: Uint8Array, issues: Issues, limits: BundleLimits = DEFAULT_LIMITS, progress?: ReadProgress): Promise<Bundle | null> {
  if (bytes.length === 0) {
    issues.add({ file: null, line: null, column: null, key: 'file_missing' });
    return null;
  }
  if (bytes.length > limits.bundleBytes) {
    issues.add({ file: null, line: null, column: null, key: 'bundle_too_large', params: { max: Math.round(limits.bundleBytes / 1024 ** 2) } });
    return null;
  }
  const listing = listZip(bytes);
  if (!listing.ok) {
    issues.add({ file: null, line: null, column: null, key: listing.problem === 'not_zip' ? 'not_zip' : `zip_${listing.problem}` });
    return null;
  }
  const declared = listing.entries.reduce((sum, e) => sum + e.size, 0);
  const compressed = listing.entries.reduce((sum, e) => sum + e.compressedSize, 0);
  if (declared > limits.totalBytes || declared > Math.max(1024 * 1024, compressed * limits.ratio)) {
    issues.add({ file: null, line: null, column: null, key: 'zip_bomb', params: { ratio: limits.ratio } });
    return null;
  }

  const manifestEntry = findEntry(listing, 'manifest.csv');
  if (!manifestEntry) {
    issues.add({ file: 'manifest.csv', line: null, column: null, key: 'manifest_missing' });
    return null;
  }
  const manifestRows = await readCsv(bytes, manifestEntry, 'manifest.csv', limits, issues);
  if (!manifestRows) return null;
  const [head, ...props] = manifestRows;
  if (!head || head.cells[0]?.trim() !== 'propertyName' || head.cells[1]?.trim() !== 'value') {
    issues.add({ file: 'manifest.csv', line: 1, column: 'propertyName', key: 'manifest_header' });
    return null;
  }
  const manifest = new Map(props.map((r) => [r.cells[0]?.trim() ?? '', { value: r.cells[1]?.trim() ?? '', line: r.line }]));
  const version = manifest.get('oneroster.version');
  if (!version || !/^1\.2(\.\d+)?$/.test(version.value)) {
    issues.add({ file: 'manifest.csv', line: version?.line ?? null, column: 'value', key: 'manifest_version', params: { value: version?.value ?? '' } });
  }
  for (const name of MANIFEST_FILES) {
    const prop = manifest.get(`file.${name}`);
    if (prop && !['bulk', 'delta', 'absent'].includes(prop.value)) {
      issues.add({ file: 'manifest.csv', line: prop.line, column: 'value', key: 'manifest_mode', params: { value: prop.value, property: `file.${name}` } });
    }
  }

  const files = new Map<DataFile, CsvFile>();
  for (const name of DATA_FILES) {
    const prop = manifest.get(`file.${name}`);
    const entry = findEntry(listing, `${name}.csv`);
    if (!prop || prop.value === 'absent') {
      if (entry) issues.add({ file: 'manifest.csv', line: prop?.line ?? null, column: 'value', key: 'file_not_in_manifest', params: { name: `${name}.csv` } });
      continue;
    }
    if (prop.value !== 'bulk' && prop.value !== 'delta') continue;
    if (!entry) {
      issues.add({ file: `${name}.csv`, line: null, column: null, key: 'file_listed_missing', params: { name: `${name}.csv` } });
      continue;
    }
    const rows = await readCsv(bytes, entry, `${name}.csv`, limits, issues, progress);
    if (!rows) continue;
    const [headerRow, ...data] = rows;
    const header = (headerRow?.cells ?? []).map((h) => h.trim());
    const index = new Map<string, number>();
    header.forEach((h, i) => {
      if (index.has(h)) issues.add({ file: `${name}.csv`, line: 1, column: h, key: 'column_twice' });
      else index.set(h, i);
    });
    for (const column of REQUIRED_COLUMNS[name]) {
      if (!index.has(column)) issues.add({ file: `${name}.csv`, line: 1, column, key: 'column_missing' });
    }
    for (const row of data) {
      if (row.cells.length !== header.length) issues.add({ file: `${name}.csv`, line: row.line, column: null, key: 'row_width', params: { found: row.cells.length, expected: header.length } });
    }
    files.set(name, { name, mode: prop.value, header, index, rows: data });
  }
  return { files, systemName: manifest.get('source.systemName')?.value ?? '' };
}
