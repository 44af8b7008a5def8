import type { Locale } from '@/lib/i18n/routing';
import { IMPORT_COLUMNS, headerFor } from './columns';
import { csvDialect, toCsv } from '@/lib/export/csv';
import { xlsxTemplate } from '@/lib/export/xlsx';
import type { ImportRow } from './validate-rows';

/** The downloads of the import: the empty template and the list of rows with errors. */

export type Download = { body: Uint8Array; contentType: string; fileName: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

/** Headers in the admin's language; in XLSX the IIN column is text so leading zeros survive. */
export async function importTemplate(format: 'xlsx' | 'csv', locale: Locale): Promise<Download> {
  const header = IMPORT_COLUMNS.map((c) => headerFor(c, locale));
  if (format === 'csv') return { body: new TextEncoder().encode(toCsv([header], csvDialect('csv-excel', locale))), contentType: CSV, fileName: 'people-template.csv' };
  const columns = IMPORT_COLUMNS.map((c, i) => ({
    header: header[i]!,
    format: c === 'iin' || c === 'phone' ? ('text' as const) : c === 'birthDate' || c === 'arrivalDate' ? ('date' as const) : undefined,
  }));
  return { body: await xlsxTemplate('People', columns), contentType: XLSX, fileName: 'people-template.xlsx' };
}

/** The rows that were not imported, as the file had them, with the reasons in the last column. */
export function errorListCsv(rows: ImportRow[], locale: Locale, labels: { line: string; problems: string }, explain: (key: string) => string): Download {
  const header = [labels.line, ...IMPORT_COLUMNS.map((c) => headerFor(c, locale)), labels.problems];
  const lines = rows.map((row) => [
    String(row.line),
    ...IMPORT_COLUMNS.map((c) => row.values[c] ?? ''),
    Object.entries(row.errors ?? {})
      .map(([field, keys]) => `${IMPORT_COLUMNS.includes(field as never) ? headerFor(field as never, locale) : field}: ${keys.map(explain).join(' ')}`)
      .join('; '),
  ]);
  return { body: new TextEncoder().encode(toCsv([header, ...lines], csvDialect('csv-excel', locale))), contentType: CSV, fileName: 'people-import-errors.csv' };
}
