import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { headerFor, IMPORT_COLUMNS } from '@/lib/people/import/columns';
import { importTemplate } from '@/lib/people/import/files';

/** The people import's XLSX template, read back: headers in the admin's language, formats that keep what is typed. */
describe('people import template (XLSX)', () => {
  it('has the headers, a frozen bold header row, IIN and phone as text, dates as ISO days', async () => {
    const download = await importTemplate('xlsx', 'kk');
    expect(download.fileName).toBe('people-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(download.body) as never);
    const sheet = workbook.getWorksheet('People')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(IMPORT_COLUMNS.map((c) => headerFor(c, 'kk')));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const format = (column: (typeof IMPORT_COLUMNS)[number]) => sheet.getColumn(IMPORT_COLUMNS.indexOf(column) + 1).numFmt;
    expect([format('iin'), format('phone'), format('birthDate'), format('arrivalDate')]).toEqual(['@', '@', 'yyyy-mm-dd', 'yyyy-mm-dd']);
    expect(format('surname')).toBeFalsy();
  });
});
