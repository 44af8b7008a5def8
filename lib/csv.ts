/** CSV text (RFC 4180): an incremental reader, the people import's spreadsheet form, and records for machine exchange. */

/** The delimiter Excel used: ';' in Russian and Kazakh locales, ',' elsewhere, or a tab. */
export function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  return counts.sort((a, b) => b.n - a.n)[0]!.n > 0 ? counts[0]!.d : ',';
}

/**
 * The delimiter of a spreadsheet's text whose first lines may be a title and filters (a report's
 * export): of the first lines, the one with the most separators outside quotes decides.
 */
export function detectSheetDelimiter(text: string): string {
  const separators = (line: string) => (line.match(/[,;\t]/g) ?? []).length;
  const lines = text.split(/\r?\n/, 20).map((line) => line.replace(/"[^"]*"/g, ''));
  return detectDelimiter(lines.reduce((best, line) => (separators(line) > separators(best) ? line : best), ''));
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

  /** Feeds text; returns the records it completed. Scans for the next special character and slices, so big files read fast. */
  push(text: string): Array<{ line: number; cells: string[] }> {
    const out: Array<{ line: number; cells: string[] }> = [];
    const d = this.delimiter.charCodeAt(0);
    const n = text.length;
    let i = 0;
    if (this.pendingQuote && n > 0) {
      this.pendingQuote = false;
      if (text[0] === '"') {
        this.field += '"';
        i = 1;
      } else this.quoted = false;
    }
    if (this.afterCr && text[i] === '\n') i++;
    this.afterCr = false;
    while (i < n) {
      if (this.quoted) {
        const q = text.indexOf('"', i);
        const part = text.slice(i, q < 0 ? n : q);
        for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) this.line++;
        this.field += part;
        if (q < 0) break;
        if (q + 1 === n) {
          this.pendingQuote = true;
          break;
        }
        if (text[q + 1] === '"') {
          this.field += '"';
          i = q + 2;
        } else {
          this.quoted = false;
          i = q + 1;
        }
        continue;
      }
      if (text.charCodeAt(i) === 34 && this.field === '') {
        this.quoted = true;
        i++;
        continue;
      }
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === 10 || c === 13) break;
        j++;
      }
      this.field += text.slice(i, j);
      if (j === n) break;
      this.row.push(this.field);
      this.field = '';
      i = j + 1;
      if (text.charCodeAt(j) === d) continue;
      out.push({ line: this.rowLine, cells: this.row });
      this.row = [];
      if (text.charCodeAt(j) === 13) {
        if (i === n) this.afterCr = true;
        else if (text.charCodeAt(i) === 10) i++;
      }
      this.line++;
      this.rowLine = this.line;
    }
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
