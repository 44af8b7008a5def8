import { expect, it } from 'vitest';
import { CsvParser, parseCsv } from '@/lib/csv';
it('same records whatever the chunking', () => {
  const text = 'a,b,"c ""q"" d"\r\n"multi\nline",,x\r\n"",y,"z"\n\nlast,"end""\r\n';
  const whole = parseCsv(text, ',');
  for (let size = 1; size < 12; size++) {
    const p = new CsvParser(',');
    const rows: string[][] = [];
    for (let i = 0; i < text.length; i += size) rows.push(...p.push(text.slice(i, i + size)).map((r) => r.cells));
    rows.push(...p.end().map((r) => r.cells));
    expect(rows).toEqual(whole);
  }
  expect(whole).toEqual([['a', 'b', 'c "q" d'], ['multi\nline', '', 'x'], ['', 'y', 'z'], [''], ['last', 'end"\r\n']]);
  const p = new CsvParser(',');
  expect([...p.push(text), ...p.end()].map((r) => r.line)).toEqual([1, 2, 4, 5, 6]);
});
