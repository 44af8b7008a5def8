import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import { csvLines } from '@/lib/export/csv';
import { writeXlsx } from '@/lib/export/xlsx';
import { activityReport, type ActivityRow } from '@/lib/reports/activity';
import { attestationDueReport } from '@/lib/reports/attestation';
import type { AnyReportDefinition } from '@/lib/reports/definition';
import { registerReport } from '@/lib/reports/register';
import { runReport } from '@/lib/reports/run';
import { loadReportScope, type ReportScope } from '@/lib/reports/scope';
import { tabulate, type Translate } from '@/lib/reports/tabulate';
import { buildReportFixture, type Fixture } from './report-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let fx: Fixture;
let scope: ReportScope;

/** The messages file as next-intl reads it: "Namespace.key" paths, {count} filled in plainly. */
function translator(messages: Record<string, Record<string, string>>): Translate {
  return (key) => {
    const [ns, k] = key.split('.') as [string, string];
    const text = messages[ns]?.[k];
    if (text === undefined) throw new Error(`missing message ${key}`);
    return text;
  };
}

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
    const lines = [...csvLines(register.table, { title: 'Register', lines: [] })];
    expect(lines[0]).toBe('\uFEFF');
    expect(lines).toContain('School (2)\r\n');
    expect(lines.find((l) => l.startsWith('2,Beta'))).toBeUndefined();
    expect(lines.find((l) => l.startsWith('1,Beta gymnasium,Gymnasium,Branch,no data'))).toBeDefined();
  });

  it('keeps CSV cells safe: quotes, commas and formula-looking text', async () => {
    const table = { columns: [{ key: 'a', label: 'A, "quoted"', group: null, kind: 'text' as const }], rows: [['=1+1'], ['x,y']], sections: null, totals: null };
    expect([...csvLines(table, { title: 'T', lines: [] })].join('')).toBe('\uFEFFT\r\n"A, ""quoted"""\r\n\'=1+1\r\n"x,y"\r\n');
  });
});
