/** CSV text (RFC 4180): an incremental reader, the people import's spreadsheet form, and records for machine exchange. */

/** The delimiter Excel used: ';' in Russian and Kazakh locales, ',' elsewhere, or a tab. */
export function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  return counts.sort((a, b) => b.n - a.n)[0]!.n > 0 ? counts[0]!.d : ',';
}

/**
 * An incremental RFC 4180 reader: text goes in chunk by chunk (a file of any size), complete
 * records come out with the line each started on, so an error can point at it. A quote opens a
 * quoted field only at the start of a field; inside one, a doubled quote is a quote.
 */
export class CsvParser {
  private row: string[] = [];
  private field = '';
  private quoted = false;
  /** A chunk ended on a quote inside a quoted field: the next chunk tells whether it was doubled. */
  private pendingQuote = false;
  /** A chunk ended on '\r' outside quotes: a '\n' starting the next one belongs to it. */
  private afterCr = false;
  private line = 1;
  private rowLine = 1;

  constructor(private readonly delimiter = ',') {}

  /** Feeds text; returns the records it completed. */
  push(text: string): Array<{ line: number; cells: string[] }> {
    const out: Array<{ line: number; cells: string[] }> = [];
    const d = this.delimiter;
    let field = this.field;
    let i = 0;
    if (this.pendingQuote && text.length > 0) {
      this.pendingQuote = false;
      if (text[0] === '"') {
        field += '"';
        i = 1;
      } else this.quoted = false;
    }
    if (this.afterCr && text[0] === '\n') i = 1;
    this.afterCr = false;
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (this.quoted) {
        if (ch === '"') {
          if (i + 1 === text.length) {
            this.pendingQuote = true;
            break;
          }
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else this.quoted = false;
        } else {
          if (ch === '\n') this.line++;
          field += ch;
        }
      } else if (ch === '"' && field === '') this.quoted = true;
      else if (ch === d) {
        this.row.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        this.row.push(field);
        out.push({ line: this.rowLine, cells: this.row });
        this.row = [];
        field = '';
        if (ch === '\r') {
          if (i + 1 === text.length) this.afterCr = true;
          else if (text[i + 1] === '\n') i++;
        }
        this.line++;
        this.rowLine = this.line;
      } else field += ch;
    }
    this.field = field;
    return out;
  }

  /** Ends the text: the last record, when the text did not end with a line break. */
  end(): Array<{ line: number; cells: string[] }> {
    this.pendingQuote = false;
    this.quoted = false;
    if (this.field === '' && this.row.length === 0) return [];
    this.row.push(this.field);
    const last = { line: this.rowLine, cells: this.row };
    this.row = [];
    this.field = '';
    return [last];
  }
}

export function parseCsv(text: string, delimiter = detectDelimiter(text.slice(0, text.search(/\r?\n|$/)))): string[][] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.end()].map((r) => r.cells);
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

/** One record for machine exchange (OneRoster): quoted only where needed, values untouched. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}
