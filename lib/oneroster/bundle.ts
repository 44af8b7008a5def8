import { CsvParser } from '@/lib/csv';
import { listZip, readEntry, type ZipEntry, ZipEntryError } from '@/lib/zip/read';
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
 * grow to millions of rows) keeps no rows: `rows` is empty, `chunks` reads them from the zip, a
 * chunk at a time, each time it is called, and `rowCount` says how many there are once one reading
 * is through (an estimate during the first).
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
 * The non-empty records of a CSV entry as they are parsed, batch by batch; `inflated` hears how
 * many bytes of the entry are read so far. Throws ZipEntryError (too large, corrupt) and TypeError
 * (not UTF-8, a NUL byte).
 */
async function* records(bytes: Uint8Array, entry: ZipEntry, limits: BundleLimits, inflated?: (bytes: number) => void): AsyncGenerator<Row[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parser = new CsvParser(',');
  const keep = (rows: Row[]) => rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  let read = 0;
  for await (const chunk of readEntry(bytes, entry, limits.fileBytes)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.includes('\u0000')) throw new TypeError('NUL');
    inflated?.((read += chunk.length));
    yield keep(parser.push(text));
  }
  yield keep(parser.push(decoder.decode()));
  yield keep(parser.end());
}

/** A file's read problem (ZipEntryError, TypeError) as an issue; anything else is rethrown. */
function readProblem(error: unknown, name: string, limits: BundleLimits, issues: Issues): void {
  if (error instanceof ZipEntryError) {
    issues.add({ file: name, line: null, column: null, key: error.problem === 'too_large' ? 'file_too_large' : 'zip_corrupt', params: { max: Math.round(limits.fileBytes / 1024 ** 2) } });
  } else if (error instanceof TypeError) issues.add({ file: name, line: null, column: null, key: 'encoding' });
  else throw error;
}

async function readCsv(bytes: Uint8Array, entry: ZipEntry, name: string, limits: BundleLimits, issues: Issues, progress?: ReadProgress): Promise<Row[] | null> {
  const rows: Row[] = [];
  try {
    for await (const batch of records(bytes, entry, limits)) {
      for (const r of batch) rows.push(r);
      if (progress && batch.length > 0) progress({ file: name, rows: rows.length });
    }
  } catch (error) {
    readProblem(error, name, limits, issues);
    return null;
  }
  return rows;
}

/**
 * The header of a streamed file: only the zip's first blocks are inflated. The rest of the file is
 * checked by its first reading (`streamedChunks`), so results.csv (2 GB at city scale) is read
 * twice — planned, then written — not three times. null: the file cannot be read (an issue added).
 */
async function headerOf(bytes: Uint8Array, entry: ZipEntry, name: string, limits: BundleLimits, issues: Issues): Promise<Row | undefined | null> {
  try {
    for await (const batch of records(bytes, entry, limits)) if (batch.length > 0) return batch[0];
  } catch (error) {
    readProblem(error, name, limits, issues);
    return null;
  }
  return undefined;
}

async function* sliced(rows: Row[], size: number): AsyncGenerator<Row[]> {
  for (let from = 0; from < rows.length; from += size) yield rows.slice(from, from + size);
}

/**
 * The data rows of a streamed file, `size` at a time, read again from the zip at each call. Until
 * one reading has gone through, each checks what a held file is checked for when it is read
 * (encoding, size, a row's width: such a row is named and left out) and estimates `file.rowCount`
 * from the bytes read, which it sets exact before the last chunk. A file that cannot be read ends
 * its chunks with an issue; the import then writes nothing.
 */
async function* streamedChunks(file: CsvFile, bytes: Uint8Array, entry: ZipEntry, limits: BundleLimits, issues: Issues, size: number, checked: { upTo: number; whole: boolean }): AsyncGenerator<Row[]> {
  const name = `${file.name}.csv`;
  const width = file.header.length;
  const pending: Row[] = [];
  let header = true;
  let rows = 0;
  let inflated = 0;
  try {
    for await (const batch of records(bytes, entry, limits, (n) => (inflated = n))) {
      for (const r of batch) {
        if (header) header = false;
        else if (r.cells.length === width) {
          pending.push(r);
          rows++;
        } else if (!checked.whole && r.line > checked.upTo) issues.add({ file: name, line: r.line, column: null, key: 'row_width', params: { found: r.cells.length, expected: width } });
      }
      if (!checked.whole) {
        if (batch.length > 0) checked.upTo = Math.max(checked.upTo, batch.at(-1)!.line);
        // Below what is read, and above it until the end: a progress bar stays short of full.
        file.rowCount = Math.max(rows + 1, Math.round((rows * entry.size) / Math.max(1, inflated)));
      }
      // One row held back, so the last chunk goes out after the count is exact.
      while (pending.length > size) yield pending.splice(0, size);
    }
  } catch (error) {
    // A file checked whole already cannot fail now unless something is badly wrong: the import stops (and writes nothing).
    if (checked.whole) throw error;
    readProblem(error, name, limits, issues);
    return;
  }
  if (!checked.whole) {
    checked.whole = true;
    file.rowCount = rows;
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
    const head = streamed ? await headerOf(bytes, entry, `${name}.csv`, limits, issues) : null;
    const rows = streamed ? null : await readCsv(bytes, entry, `${name}.csv`, limits, issues, progress);
    if (head === null && !rows) continue;
    const [headerRow, ...data] = rows ?? [head];
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
    const checked = { upTo: 1, whole: false };
    const file: CsvFile = {
      name,
      mode: prop.value,
      header,
      index,
      rows: streamed ? [] : (data as Row[]),
      rowCount: streamed ? 0 : data.length,
      streamed,
      chunks: streamed ? (size) => streamedChunks(file, bytes, entry, limits, issues, size, checked) : (size) => sliced(data as Row[], size),
    };
    files.set(name, file);
  }
  return { files, systemName: manifest.get('source.systemName')?.value ?? '' };
}
