import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import { csvDialect, csvLines } from '@/lib/export/csv';
import { writeXlsx } from '@/lib/export/xlsx';
import { activityReport, type ActivityRow } from '@/lib/reports/activity';
import { attestationDueReport } from '@/lib/reports/attestation';
import type { AnyReportDefinition } from '@/lib/reports/definition';
import { exportMeta } from '@/lib/reports/export-meta';
import { INSTITUTION_REPORT_DEFINITIONS } from '@/lib/reports/institution';
import { registerReport } from '@/lib/reports/register';
import { runReport } from '@/lib/reports/run';
import { loadReportScope, type ReportScope } from '@/lib/reports/scope';
import { tabulate, type Translate } from '@/lib/reports/tabulate';
import { buildReportFixture, type Fixture, translator } from './report-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let fx: Fixture;
let scope: ReportScope;

async function tableOf(definition: AnyReportDefinition, params: Record<string, string>, t: Translate) {
  const run = await runReport(db, definition, scope, 'en', params, '2026-11-28');
  if (!run.ok) throw new Error(run.error);
  return { run, table: tabulate(definition, run.filters, run.result, t) };
}

async function xlsxOf(table: Parameters<typeof writeXlsx>[0]) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => out.on('end', r));
  await writeXlsx(table, { title: 'Title', lines: ['Authority A', 'As of: 2026-11-28'], sheetName: 'Sheet' }, out);
  await done;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  fx = await buildReportFixture(db);
  scope = (await loadReportScope(db, fx.authority, 'en'))!;
});

describe('export', () => {
  it('writes the whole activity report to XLSX: two header rows in the user’s language, numbers as numbers, the totals row', async () => {
    const { run, table } = await tableOf(activityReport, { form: 'institutions' }, translator(kk as never));
    const rows = await xlsxOf(table);
    expect(rows[0]).toEqual(['Title']);
    expect(rows[3]!.slice(0, 5)).toEqual(['№', 'Білім беру мекемесі', 'Пайдаланушылар', 'Пайдаланушылар', 'Пайдаланушылар']);
    expect(rows[4]!.slice(2, 5)).toEqual(['Барлығы', 'Пайдаланушы', '%']);
    const data = rows.slice(5, 5 + run.result.rows.length);
    expect(data.map((r) => r[1])).toEqual(run.result.rows.map((r) => (r as ActivityRow).name));
    expect(data.map((r) => r.slice(2, 4))).toEqual(run.result.rows.map((r) => [(r as ActivityRow).people, (r as ActivityRow).users]));
    for (const row of data) for (const cell of row.slice(2)) expect(typeof cell).toBe('number');
    const totals = rows[5 + run.result.rows.length]!;
    expect(totals.slice(1, 4)).toEqual(['Барлығы', 10, 7]);
    expect(totals.slice(-3)).toEqual([2, 4, 5]);
  });

  it('writes dates as dates and text with "no data" where empty', async () => {
    const due = await tableOf(attestationDueReport, {}, translator(en as never));
    const rows = await xlsxOf(due.table);
    const header = rows.findIndex((r) => r[0] === '№');
    expect(rows[header + 1]!.slice(0, 2)).toEqual([1, 'Talgat N']);
    expect(rows[header + 1]![6]).toEqual(new Date('2025-05-05T00:00:00Z'));
    const register = await tableOf(registerReport, { form: 'types' }, translator(en as never));
    const lines = [...csvLines(register.table, { title: 'Register', lines: [] }, csvDialect('csv-excel', 'en'))];
    expect(lines[0]).toBe('\uFEFF');
    expect(lines).toContain('School (2)\r\n');
    expect(lines.find((l) => l.startsWith('2,Beta'))).toBeUndefined();
    // The register's "Branch of" column (issue 12 §1) follows the structure: none recorded here.
    expect(lines.find((l) => l.startsWith('1,Beta gymnasium,Gymnasium,Branch,—,no data'))).toBeDefined();
  });

  it('keeps CSV cells safe: quotes, commas and formula-looking text', async () => {
    const table = { columns: [{ key: 'a', label: 'A, "quoted"', group: null, kind: 'text' as const }], rows: [['=1+1'], ['x,y']], sections: null, totals: null };
    expect([...csvLines(table, { title: 'T', lines: [] }, csvDialect('csv', 'kk'))].join('')).toBe('T\r\n"A, ""quoted"""\r\n\'=1+1\r\n"x,y"\r\n');
  });

  it('writes the Excel flavour by the user’s language: `;`, a byte-order mark and decimal commas in kk and ru, `,` in en; RFC 4180 for machines', async () => {
    const table = {
      columns: [
        { key: 'a', label: 'Аты', group: null, kind: 'text' as const },
        { key: 'b', label: '%', group: null, kind: 'percent' as const },
      ],
      rows: [['Әлия; Қ.', 44.8] as Array<string | number>, ['x,y', 7]],
      sections: null,
      totals: null,
    };
    const meta = { title: 'T', lines: ['Authority A'] };
    const text = (flavour: 'csv' | 'csv-excel', locale: string) => [...csvLines(table, meta, csvDialect(flavour, locale))].join('');
    expect(text('csv-excel', 'kk')).toBe('\uFEFFT\r\nAuthority A\r\nАты;%\r\n"Әлия; Қ.";44,8\r\n"x,y";7\r\n');
    expect(text('csv-excel', 'ru')).toBe(text('csv-excel', 'kk'));
    expect(text('csv-excel', 'en')).toBe('\uFEFFT\r\nAuthority A\r\nАты,%\r\n"Әлия; Қ.",44.8\r\n"x,y",7\r\n');
    expect(text('csv', 'kk')).toBe('T\r\nAuthority A\r\nАты,%\r\n"Әлия; Қ.",44.8\r\n"x,y",7\r\n');
  });
});

describe('what an export or print names (issue 15, item 7)', () => {
  const t = translator(en as never);
  const metaOf = async (definition: AnyReportDefinition, params: Record<string, string>) => {
    const run = await runReport(db, definition, scope, 'en', params, '2026-12-03');
    if (!run.ok) throw new Error(run.error);
    return exportMeta(definition, { scope, today: '2026-12-03' }, t, definition.params(run.filters));
  };

  it('a per-institution report names the authority, the institution, the day it was made and the day it is as of', async () => {
    const meta = await metaOf(INSTITUTION_REPORT_DEFINITIONS.students as AnyReportDefinition, { school: String(fx.schools.s2) });
    expect(meta.lines).toEqual(['Authority A', 'Education institution: Beta gymnasium', 'Made on: 2026-12-03', 'As of: 2026-12-03']);
    // …and the CSV carries the lines above the table.
    const other = await metaOf(INSTITUTION_REPORT_DEFINITIONS.students as AnyReportDefinition, { school: String(fx.schools.s1) });
    expect(other.lines[1]).toBe('Education institution: Alpha school');
  });

  it('a filtered report states its filter and the day chosen; an unfiltered one the whole territory', async () => {
    const scopeDistrict = scope.districts.find((d) => d.name === 'District D1')!;
    const type = scope.types.find((ty) => ty.name === 'School')!;
    const filtered = await metaOf(activityReport, { district: String(scopeDistrict.id), type: String(type.id), on: '2026-11-27' });
    expect(filtered.lines).toEqual(['Authority A', 'District or city: District D1; Institution type: School', 'Made on: 2026-12-03', 'As of: 2026-11-27']);
    const all = await metaOf(registerReport, {});
    expect(all.lines[1]).toBe('Reporting territory: Region R, all education institutions');
    const lines = [...csvLines({ columns: [], rows: [], sections: null, totals: null }, filtered, csvDialect('csv', 'en'))];
    expect(lines.slice(2, 4)).toEqual(['"District or city: District D1; Institution type: School"\r\n', 'Made on: 2026-12-03\r\n']);
  });
});
