import { CsvParser } from '@/lib/csv';
import { listZip, readEntry, type ZipEntry, ZipEntryError } from '@/lib/zip/read';
import { DATA_FILES, type DataFile, MANIFEST_FILES, REQUIRED_COLUMNS } from './files';
import { type Issues, MAX_LISTED_ISSUES } from './issues';

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

/**
 * The command's limits (`npm run oneroster:import`, for big loads): a city's results.csv
 * (13 M rows) inflates to about 2 GiB. The streamed files are never held whole, so their size
 * costs time, not memory; a file is at most what a zip without zip64 holds (4 GiB), and the zip
 * itself is read into memory (at most 2 GiB in Node).
 */
export const COMMAND_LIMITS: BundleLimits = { ...DEFAULT_LIMITS, bundleBytes: 2 * 1024 ** 3 - 1, fileBytes: 4 * 1024 ** 3 - 1, totalBytes: 16 * 1024 ** 3 };

export type Row = { line: number; cells: string[] };
/**
 * A data file: its header and its rows. A streamed file (lineItems.csv and results.csv, which
 * grow to millions of rows) keeps no rows: `rows` is empty, `rowCount` says how many there are, and
 * `chunks` reads them again from the zip, a chunk at a time, each time it is called.
 */
export type CsvFile = { name: DataFile; mode: 'bulk' | 'delta'; header: string[]; index: Map<string, number>; rows: Row[]; rowCount: number; streamed: boolean; chunks: (size: number) => AsyncGenerator<Row[]> };

/** Files read again from the zip when they are used, instead of held as rows. */
export const STREAMED_FILES: ReadonlySet<DataFile> = new Set<DataFile>(['lineItems', 'results']);
export type Bundle = { files: Map<DataFile, CsvFile>; systemName: string };

export type ReadProgress = (step: { file: string; rows: number }) => void;

/** The value of `column` in `row`, trimmed ('' when the file has no such column). */
export function cell(file: CsvFile, row: Row, column: string): string {
  const i = file.index.get(column);
  return i === undefined ? '' : (row.cells[i] ?? '').trim();
}

/**
 * A cell's value to keep past its chunk of a streamed file: the parser's cells are slices of the
 * chunk's text, and V8 keeps the whole chunk (a megabyte) alive for one slice of it, so a city's
 * 2.5 M planned lessons kept all of lineItems.csv (0.9 GB). Short strings are copies already.
 */
export const own = (value: string): string => (value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string));

export const hasColumn = (file: CsvFile | undefined, column: string) => file?.index.has(column) ?? false;

/**
 * The non-empty records of a CSV entry as they are parsed, batch by batch. Throws ZipEntryError
 * (too large, corrupt) and TypeError (not UTF-8, a NUL byte).
 */
async function* records(bytes: Uint8Array, entry: ZipEntry, limits: BundleLimits): AsyncGenerator<Row[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parser = new CsvParser(',');
  const keep = (rows: Row[]) => rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  for await (const chunk of readEntry(bytes, entry, limits.fileBytes)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.includes('\u0000')) throw new TypeError('NUL');
    yield keep(parser.push(text));
  }
  yield keep(parser.push(decoder.decode()));
  yield keep(parser.end());
}

/**
 * Reads a CSV entry; `take` gets its records (non-empty ones) as they are parsed. Returns false
 * when the file cannot be read (a problem is added to `issues`).
 */
async function parseCsv(bytes: Uint8Array, entry: ZipEntry, name: string, limits: BundleLimits, issues: Issues, take: (records: Row[]) => void): Promise<boolean> {
  try {
    for await (const batch of records(bytes, entry, limits)) take(batch);
  } catch (error) {
    if (error instanceof ZipEntryError) {
      issues.add({ file: name, line: null, column: null, key: error.problem === 'too_large' ? 'file_too_large' : 'zip_corrupt', params: { max: Math.round(limits.fileBytes / 1024 ** 2) } });
    } else if (error instanceof TypeError) issues.add({ file: name, line: null, column: null, key: 'encoding' });
    else throw error;
    return false;
  }
  return true;
}

async function readCsv(bytes: Uint8Array, entry: ZipEntry, name: string, limits: BundleLimits, issues: Issues, progress?: ReadProgress): Promise<Row[] | null> {
  const rows: Row[] = [];
  const ok = await parseCsv(bytes, entry, name, limits, issues, (records) => {
    for (const r of records) rows.push(r);
    if (progress && records.length > 0) progress({ file: name, rows: rows.length });
  });
  return ok ? rows : null;
}

/**
 * Reads a streamed file once to check it as readCsv does (encoding, size) and to count its rows,
 * keeping only the header and the first rows whose width differs from it (the rest are counted).
 */
async function scanCsv(bytes: Uint8Array, entry: ZipEntry, name: string, limits: BundleLimits, issues: Issues, progress?: ReadProgress) {
  let header: Row | undefined;
  let count = 0;
  const wrongWidth: Row[] = [];
  let moreWrong = 0;
  const ok = await parseCsv(bytes, entry, name, limits, issues, (records) => {
    for (const r of records) {
      if (!header) header = r;
      else {
        count++;
        if (r.cells.length === header.cells.length) continue;
        if (wrongWidth.length < MAX_LISTED_ISSUES) wrongWidth.push({ line: r.line, cells: r.cells.map(() => '') });
        else moreWrong++;
      }
    }
    if (progress && records.length > 0) progress({ file: name, rows: count });
  });
  return ok ? { header, count, wrongWidth, moreWrong } : null;
}

async function* sliced(rows: Row[], size: number): AsyncGenerator<Row[]> {
  for (let from = 0; from < rows.length; from += size) yield rows.slice(from, from + size);
}

/** The data rows of a streamed file, `size` at a time, read again from the zip (scanCsv checked it). */
async function* chunksOf(bytes: Uint8Array, entry: ZipEntry, limits: BundleLimits, size: number): AsyncGenerator<Row[]> {
  const pending: Row[] = [];
  let header = true;
  for await (const batch of records(bytes, entry, limits)) {
    for (const r of batch) {
      if (header) header = false;
      else pending.push(r);
    }
    while (pending.length >= size) yield pending.splice(0, size);
  }
  while (pending.length > 0) yield pending.splice(0, size);
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
    const streamed = STREAMED_FILES.has(name);
    const scan = streamed ? await scanCsv(bytes, entry, `${name}.csv`, limits, issues, progress) : null;
    const rows = streamed ? null : await readCsv(bytes, entry, `${name}.csv`, limits, issues, progress);
    if (!scan && !rows) continue;
    const [headerRow, ...data] = rows ?? [scan!.header, ...scan!.wrongWidth];
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
      if (row!.cells.length !== header.length) issues.add({ file: `${name}.csv`, line: row!.line, column: null, key: 'row_width', params: { found: row!.cells.length, expected: header.length } });
    }
    if (scan) issues.count += scan.moreWrong;
    files.set(name, {
      name,
      mode: prop.value,
      header,
      index,
      rows: streamed ? [] : (data as Row[]),
      rowCount: scan ? scan.count : data.length,
      streamed,
      chunks: streamed ? (size) => chunksOf(bytes, entry, limits, size) : (size) => sliced(data as Row[], size),
    });
  }
  return { files, systemName: manifest.get('source.systemName')?.value ?? '' };
}
