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

/**
 * A cell a spreadsheet would run as a formula (=, @, or + / - not followed by a digit, as in
 * "+7 701…" or "-5") gets a leading apostrophe, so an opened CSV never executes anything.
 */
function defuse(value: string): string {
  return /^[=@\t\r]|^[+-](?![\d\s])/.test(value) ? `'${value}` : value;
}

function quote(raw: string): string {
  const value = defuse(raw);
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a BOM so Excel opens the UTF-8 (Kazakh letters) correctly; comma-separated. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
