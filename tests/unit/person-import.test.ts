import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildIin } from '@/lib/people/iin';
import { columnForHeader, dateFromCell, iinFromCell, roleFromCell, sexFromCell } from '@/lib/people/import/columns';
import { parseCsv } from '@/lib/csv';
import { csvDialect, toCsv } from '@/lib/export/csv';
import { MAX_IMPORT_BYTES, readSpreadsheet } from '@/lib/people/import/read-file';
import { unzippedSize } from '@/lib/zip/read';
import { checkRows, mapHeader, rowsFromCells } from '@/lib/people/import/validate-rows';
import { AUTHORITY_ROLES } from '@/lib/people/roles';

const ctx = { roles: AUTHORITY_ROLES, today: '2026-03-10' };
const encode = (text: string) => new TextEncoder().encode(text);
const header = 'Ұйымдағы рөл;Келу күні;Тегі;Аты;Әкесінің аты;Туған күні;Жынысы;ЖСН;E-mail;Телефон';

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('People');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function checkedFrom(bytes: Uint8Array) {
  const sheet = await readSpreadsheet(bytes);
  if (!sheet.ok) throw new Error(sheet.problem.key);
  const map = mapHeader(sheet.header);
  if (!map.ok) throw new Error(map.problem.key);
  return checkRows(rowsFromCells(sheet.rows, map.columns), ctx);
}

describe('import cells', () => {
  it('reads headers, roles and sex in any of the three languages', () => {
    expect(['Тегі', 'фамилия', 'Surname', 'surname'].map(columnForHeader)).toEqual(['surname', 'surname', 'surname', 'surname']);
    expect(['ИИН', 'Роль', 'Рөлі'].map(columnForHeader)).toEqual(['iin', 'role', 'role']);
    expect(columnForHeader('Salary')).toBeNull();
    expect(['Басшы орынбасары', 'Заместитель руководителя', 'deputy leader', 'deputy'].map(roleFromCell)).toEqual(['deputy', 'deputy', 'deputy', 'deputy']);
    expect(['Ер', 'Ж', 'женский', 'Male'].map(sexFromCell)).toEqual(['male', 'female', 'female', 'male']);
  });

  it('turns dotted dates into ISO dates and restores the leading zero of a numeric IIN', () => {
    expect(dateFromCell('5.9.2025')).toBe('2025-09-05');
    expect(dateFromCell('2025-09-05')).toBe('2025-09-05');
    expect(iinFromCell('50101600123', true)).toBe('050101600123');
    expect(iinFromCell('50101600123', false)).toBe('50101600123');
  });

  it('parses quoted CSV and writes it back', () => {
    expect(parseCsv('a;"b;""c"""\r\n1;2\n', ';')).toEqual([['a', 'b;"c"'], ['1', '2']]);
    expect(parseCsv(toCsv([['x', 'y,z']], csvDialect('csv-excel', 'en')).slice(1))).toEqual([['x', 'y,z']]);
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    expect(parseCsv(toCsv([['=HYPERLINK("x")', '@SUM(1)', '+cmd', '+7 701 123 45 67', '-5']], csvDialect('csv-excel', 'en')).slice(1))).toEqual([
      ["'=HYPERLINK(\"x\")", "'@SUM(1)", "'+cmd", '+7 701 123 45 67', '-5'],
    ]);
  });
});

describe('import file', () => {
  const iin = buildIin('1988-11-02', 'male', 42)!;

  it('checks every CSV row with the wizard rules and names the problem of each', async () => {
    const text = [
      header,
      `Басшы орынбасары;01.09.2025;Қасымов;Ержан;;02.11.1988;Ер;${iin};;`,
      `Қызметкер;01.09.2025;Ivanov2;Иван;;02.11.1988;Ер;${iin.slice(0, 11)}0;;`,
      `Директор;;Петров;Пётр;;1990-01-01;М;12345;;`,
    ].join('\n');
    const rows = await checkedFrom(encode(text));
    expect(rows[0]).toMatchObject({ line: 2, errors: null, person: { role: 'deputy', surname: 'Қасымов', iin, sex: 'male', arrivalDate: '2025-09-01' } });
    expect(rows[1]!.errors).toMatchObject({ surname: ['PersonWizard.name_letters'] });
    expect(rows[1]!.errors!.iin?.[0]).toMatch(/PersonWizard\.iin_(check_digit|invalid)/);
    expect(rows[2]!.errors).toMatchObject({ role: ['PersonWizard.role_required'], arrivalDate: ['required'], iin: ['PersonWizard.iin_format'] });
  });

  it('marks an IIN repeated within the file on every row that has it', async () => {
    const line = `Қызметкер;2025-09-01;Қасымов;Ержан;;1988-11-02;Ер;${iin};;`;
    const rows = await checkedFrom(encode([header, line, line].join('\r\n')));
    expect(rows.map((r) => r.errors?.iin)).toEqual([['PersonImport.iin_repeated'], ['PersonImport.iin_repeated']]);
  });

  it('reads an XLSX workbook: date cells, numeric IIN cells and line numbers', async () => {
    const young = buildIin('2005-01-16', 'female', 7)!;
    const bytes = await xlsx([
      ['Role', 'Arrival date', 'Surname', 'Name', 'Birth date', 'Sex', 'IIN'],
      ['Employee', new Date(Date.UTC(2025, 8, 1)), 'Ким', 'Анна', new Date(Date.UTC(2005, 0, 16)), 'Female', Number(young)],
    ]);
    const rows = await checkedFrom(bytes);
    expect(rows).toEqual([expect.objectContaining({ line: 2, errors: null, person: expect.objectContaining({ iin: young, birthDate: '2005-01-16' }) })]);
  });

  it('refuses a file of 10,000 rows, a file over 5 MB, and a file that is neither XLSX nor UTF-8 text', async () => {
    const many = [header, ...Array.from({ length: 10_000 }, () => 'Қызметкер;2025-09-01;А;Б;;1988-11-02;Ер;1;;')].join('\n');
    expect(await readSpreadsheet(encode(many))).toEqual({ ok: false, problem: { key: 'too_many_rows', params: { count: 10_000, max: 5_000 } } });
    const bigXlsx = await xlsx([['Role'], ...Array.from({ length: 10_000 }, () => ['Employee'])]);
    expect(await readSpreadsheet(bigXlsx)).toMatchObject({ ok: false, problem: { key: 'too_many_rows' } });
    expect(await readSpreadsheet(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, problem: { key: 'file_too_large' } });
    expect(await readSpreadsheet(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toEqual({ ok: false, problem: { key: 'file_type' } });
    expect(await readSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, problem: { key: 'file_unreadable' } });
    // Writing and reading two 10,000-row files takes ~3 s on a quiet 2-core machine: more under CI's load.
  }, 60_000);

  it('knows how much a workbook inflates to without inflating it', async () => {
    const bytes = await xlsx([['a'], ['b']]);
    expect(unzippedSize(bytes)).toBeGreaterThan(bytes.length);
  });

  it('names unknown, repeated and missing columns', () => {
    expect(mapHeader(['Тегі', 'Salary', 'Аты'])).toMatchObject({ ok: false, problem: { key: 'columns_unknown', columns: ['Salary'] } });
    expect(mapHeader(['Тегі', 'Фамилия'])).toMatchObject({ ok: false, problem: { key: 'columns_repeated', columns: ['Фамилия'] } });
    expect(mapHeader(['Тегі', 'Аты'])).toMatchObject({ ok: false, problem: { key: 'columns_missing', columns: ['role', 'arrivalDate', 'birthDate', 'sex', 'iin'] } });
  });
});
