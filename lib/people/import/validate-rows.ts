import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';
import { persons } from '@/db/schema';
import { arrayLiteral } from '@/db/bulk-insert';
import type { MembershipRole } from '@/db/schema';
import { checkNewPerson, type FieldErrors, type NewPersonValues } from '../person-rules';
import { type ImportColumn, columnForHeader, dateFromCell, iinFromCell, IMPORT_COLUMNS, REQUIRED_COLUMNS, roleFromCell, sexFromCell } from './columns';
import type { Cell, ReadProblem } from './read-file';

/**
 * Every row through the wizard's own rules (checkNewPerson), then duplicates: an IIN twice in
 * the file, or an IIN a person already has.
 */
export type ImportRow = {
  /** The row's line in the file (the header is line 1). */
  line: number;
  /** The cells as read (normalised: role and sex keys, ISO dates). */
  values: Record<ImportColumn, string>;
  errors: FieldErrors | null;
  /** Set for valid rows: exactly what will be written. */
  person?: NewPersonValues;
};

export type ColumnMap<C extends string = ImportColumn> = { ok: true; columns: Array<C | null> } | { ok: false; problem: ReadProblem & { columns: string[] } };

/** Which column each header is; unknown, repeated or missing headers are named back. */
export function mapHeader(header: string[]): ColumnMap {
  return mapColumns(header, columnForHeader, REQUIRED_COLUMNS);
}

/** The header check of every spreadsheet import: each header a known column, none twice, the required ones present. */
export function mapColumns<C extends string>(header: string[], columnFor: (header: string) => C | null, required: readonly C[]): ColumnMap<C> {
  const columns = header.map((h) => (h.trim() === '' ? null : columnFor(h)));
  const unknown = header.filter((h, i) => h.trim() !== '' && columns[i] === null);
  if (unknown.length > 0) return { ok: false, problem: { key: 'columns_unknown', columns: unknown } };
  const seen = new Set<C>();
  const repeated: string[] = [];
  header.forEach((h, i) => {
    const column = columns[i];
    if (!column) return;
    if (seen.has(column)) repeated.push(h);
    else seen.add(column);
  });
  if (repeated.length > 0) return { ok: false, problem: { key: 'columns_repeated', columns: repeated } };
  const missing = required.filter((c) => !seen.has(c));
  if (missing.length > 0) return { ok: false, problem: { key: 'columns_missing', columns: missing } };
  return { ok: true, columns };
}

function valuesOf(cells: Cell[], columns: Array<ImportColumn | null>): Record<ImportColumn, string> {
  const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as Record<ImportColumn, string>;
  columns.forEach((column, i) => {
    if (!column) return;
    const cell = cells[i] ?? { text: '', wasNumber: false };
    const text = cell.text.trim();
    values[column] =
      column === 'role'
        ? roleFromCell(text)
        : column === 'sex'
          ? sexFromCell(text)
          : column === 'birthDate' || column === 'arrivalDate'
            ? dateFromCell(text)
            : column === 'iin'
              ? iinFromCell(text, cell.wasNumber)
              : text;
  });
  return values;
}

const addError = (row: ImportRow, field: string, key: string) => {
  row.errors ??= {};
  (row.errors[field] ??= []).push(key);
  delete row.person;
};

/** The rules that need no database: each row alone, then IINs repeated within the file. */
export function checkRows(rows: Array<{ line: number; values: Record<ImportColumn, string> }>, ctx: { roles: readonly MembershipRole[]; today: string }): ImportRow[] {
  const checked: ImportRow[] = rows.map(({ line, values }) => {
    const result = checkNewPerson(values, ctx);
    return result.ok ? { line, values, errors: null, person: result.value } : { line, values, errors: result.fieldErrors };
  });
  const byIin = new Map<string, ImportRow[]>();
  for (const row of checked) {
    const iin = row.person?.iin ?? row.values.iin.replace(/\s+/g, '');
    if (/^\d{12}$/.test(iin)) byIin.set(iin, [...(byIin.get(iin) ?? []), row]);
  }
  for (const group of byIin.values()) if (group.length > 1) for (const row of group) addError(row, 'iin', 'PersonImport.iin_repeated');
  return checked;
}

/** Rows whose IIN a person in the database already has (one query for the whole file). */
export async function markKnownIins(db: DbExecutor, rows: ImportRow[]): Promise<void> {
  const iins = rows.flatMap((r) => (r.person ? [r.person.iin] : []));
  if (iins.length === 0) return;
  // A join with the unnested list (hash join), not "= any(array)", which compares every row
  // with every IIN: seconds instead of milliseconds for a 5,000-row file.
  const known = await db.execute<{ iin: string }>(
    sql`select p.iin from ${persons} p join unnest((${arrayLiteral(iins)}::text)::text[]) as f(iin) on p.iin = f.iin::char(12)`,
  );
  const knownSet = new Set(known.map((r) => r.iin));
  for (const row of rows) if (row.person && knownSet.has(row.person.iin)) addError(row, 'iin', 'PersonImport.iin_exists');
}

export function rowsFromCells(rows: Array<{ line: number; cells: Cell[] }>, columns: Array<ImportColumn | null>) {
  return rows.map((r) => ({ line: r.line, values: valuesOf(r.cells, columns) }));
}
