import { csvDialect, toCsv as toCsvText } from '@/lib/export/csv';
/** CSV as spreadsheets write it (RFC 4180): quoted fields, doubled quotes, CRLF or LF. */

/** The delimiter Excel used: ';' in Russian and Kazakh locales, ',' elsewhere, or a tab. */
export function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  return counts.sort((a, b) => b.n - a.n)[0]!.n > 0 ? counts[0]!.d : ',';
}

export function parseCsv(text: string, delimiter = detectDelimiter(text.slice(0, text.search(/\r?\n|$/)))): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The template and the error list are for Excel users: the Excel flavour of the one CSV writer. */
export function toCsv(rows: readonly (readonly string[])[], locale: string): string {
  return toCsvText(rows, csvDialect('csv-excel', locale));
}
