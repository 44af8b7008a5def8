import { PassThrough } from 'node:stream';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, institutionTypes, organizations, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { CurrentUser } from '@/lib/auth/permissions';
import { csvDialect, csvLines } from '@/lib/export/csv';
import { writeXlsx } from '@/lib/export/xlsx';
import { updateInstitution } from '@/lib/organizations/register/commands';
import type { RegisterImportRow } from '@/lib/organizations/register/import/apply';
import { commitRegisterImport, previewRegisterImport } from '@/lib/organizations/register/import/batch';
import { getRegisterHistory } from '@/lib/organizations/register/queries';
import { batchRows } from '@/lib/people/import/batch';
import { buildIin } from '@/lib/people/iin';
import { registerReport } from '@/lib/reports/register';
import { runReport } from '@/lib/reports/run';
import { loadReportScope } from '@/lib/reports/scope';
import { tabulate } from '@/lib/reports/tabulate';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { addOrganization, currentUser, runCommand } from './org-fixture';
import { translator } from './report-fixture';
import { useTestDatabase } from './test-database';

/** Issue 12 §1: the register imported from XLSX/CSV — preview, Confirm, jurisdiction, idempotence, export → import. */

const { db } = await useTestDatabase();
const AUTHORITY = 1;
let admin: CurrentUser;
let typeNameRu: string;
let typeId: number;

/** A valid BIN per serial (a few serials have no check digit: the next one is taken). */
const bin = (serial: number): string => buildIin('1999-03-04', 'female', serial * 10) ?? buildIin('1999-03-04', 'female', serial * 10 + 1)!;
const badBin = (serial: number) => `${bin(serial).slice(0, 11)}${(Number(bin(serial)[11]) + 1) % 10}`;
const csv = (rows: string[][]) => new TextEncoder().encode(`\uFEFF${rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n')}\r\n`);
const countOrgs = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(organizations))[0]!.n;
const rowsOf = (batchId: string) => batchRows<RegisterImportRow>(db, { orgId: AUTHORITY, batchId, kind: 'register', onlyErrors: false, limit: 5000, offset: 0 });

async function preview(bytes: Uint8Array) {
  const result = await previewRegisterImport(db, { authorityId: AUTHORITY, user: admin, fileName: 'register.csv', bytes });
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return { ...result, rows: await rowsOf(result.batchId) };
}

/** The register report's export as the Reports page sends it. */
async function exported(format: 'csv' | 'xlsx', locale: 'kk' | 'ru' | 'en', params: Record<string, string> = {}): Promise<Uint8Array> {
  const scope = (await loadReportScope(db, AUTHORITY, locale))!;
  const run = await runReport(db, registerReport, scope, locale, params, '2026-12-03');
  if (!run.ok) throw new Error(run.error);
  const table = tabulate(registerReport, run.filters, run.result, translator({ kk, ru, en }[locale] as never));
  const meta = { title: 'Register', lines: ['Authority', 'Made on: 2026-12-03'] };
  if (format === 'csv') return new TextEncoder().encode([...csvLines(table, meta, csvDialect('csv-excel', locale))].join(''));
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => out.on('end', r));
  await writeXlsx(table, { ...meta, sheetName: 'Register' }, out);
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const REGISTER_FIELDS = ['fullName', 'shortName', 'fullNameRu', 'shortNameRu', 'institutionTypeId', 'organizationalStructure', 'branchOfId', 'legalAddress', 'actualAddress', 'phones', 'email', 'website', 'licenceNumber', 'licenceDate', 'licenceIssuer', 'accreditationNumber', 'accreditationDate', 'bin', 'languages', 'fax', 'licenceInfo', 'accreditationInfo', 'territoryId', 'headPersonId', 'closedAt'] as const;
const registerData = async (ids: number[]) =>
  (await db.select().from(organizations).where(inArray(organizations.id, ids)).orderBy(organizations.id)).map((o) => Object.fromEntries([['id', o.id], ...REGISTER_FIELDS.map((f) => [f, o[f]])]));

const HEADER_RU = [
  ru.InstitutionRegister.field_short_name,
  ru.InstitutionRegister.field_bin,
  ru.ReportInstitutions.col_type,
  ru.ReportInstitutions.col_structure,
  ru.ReportInstitutions.col_branch_of,
  ru.ReportInstitutions.col_contacts,
  ru.ReportInstitutions.col_licence,
  ru.ReportInstitutions.col_languages,
];

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  admin = await currentUser(db, (await db.select({ id: users.id }).from(users).where(eq(users.login, 'admin')))[0]!.id);
  const [type] = await db.select().from(institutionTypes).where(eq(institutionTypes.code, 'general_secondary_school'));
  typeNameRu = type!.nameRu;
  typeId = type!.id;
});

describe('preview', () => {
  it('checks every row as the register form does, each problem beside its field, and writes nothing', async () => {
    const before = await countOrgs();
    const file = csv([
      ['Реестр', '', '', '', '', '', '', ''],
      HEADER_RU,
      ['Импорт мектебі 1', bin(101), typeNameRu, 'Самостоятельная организация', '—', '+7 727 100 00 01; one@school.kz; one-school.kz', '№ KZ-1, 2020-09-01, Комитет', 'казахский, русский'],
      ['Импорт мектебі 2', badBin(102), 'Планетарий', 'Филиал', 'Нет такой школы', 'не телефон', 'Лицензия без номера', 'марсианский'],
      ['', '', typeNameRu, 'Самостоятельная организация', '', '', '', ''],
    ]);
    const { rows, total, valid, invalid } = await preview(file);
    expect({ total, valid, invalid }).toEqual({ total: 3, valid: 1, invalid: 2 });
    expect(rows[0]).toMatchObject({ line: 3, errors: null, outcome: 'create', values: { shortName: 'Импорт мектебі 1', bin: bin(101), branchOf: '' } });
    expect(rows[1]).toMatchObject({
      line: 4,
      errors: {
        bin: ['InstitutionRegister.bin_invalid'],
        institutionTypeId: ['RegisterImport.type_unknown'],
        branchOfId: ['RegisterImport.branch_of_unknown'],
        contacts: ['RegisterImport.contacts_unreadable'],
        licence: ['RegisterImport.licence_unreadable'],
        languages: ['RegisterImport.language_unknown'],
      },
    });
    expect(rows[2]).toMatchObject({ line: 5, errors: { bin: ['RegisterImport.bin_required'] } });
    expect(await countOrgs()).toBe(before);
    expect(await db.select().from(organizations).where(eq(organizations.bin, bin(101)))).toEqual([]);
  });

  it('leaves a lower authority of the register report to the register’s form', async () => {
    const file = csv([HEADER_RU, ['Аудандық бөлім', bin(103), ru.ReportInstitutions.type_authority, 'Самостоятельная организация', '', '', '', '']]);
    const { rows, invalid } = await preview(file);
    expect(invalid).toBe(1);
    expect(rows[0]).toMatchObject({ line: 2, errors: { institutionTypeId: ['RegisterImport.authority_row'] } });
  });

  it('refuses a file by its content, not its name, and names missing columns', async () => {
    const refused = (bytes: Uint8Array) => previewRegisterImport(db, { authorityId: AUTHORITY, user: admin, fileName: 'register.xlsx', bytes });
    expect(await refused(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).toEqual({ ok: false, problem: { key: 'file_type' } });
    expect(await refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, problem: { key: 'file_unreadable' } });
    expect(await refused(csv([[ru.ReportInstitutions.col_name, ru.ReportInstitutions.col_type], ['Мектеп', typeNameRu]]))).toMatchObject({ ok: false, problem: { key: 'columns_missing', columns: ['bin'] } });
    expect(await refused(csv([[...HEADER_RU, 'Цвет'], ['Мектеп', bin(1), '', '', '', '', '', '', 'синий']]))).toMatchObject({ ok: false, problem: { key: 'columns_unknown', columns: ['Цвет'] } });
  });
});

describe('confirm', () => {
  it('writes the valid rows in one transaction, audited in each institution’s history; a branch may name a main school of the same file', async () => {
    const file = csv([
      HEADER_RU,
      ['Импорт филиалы', bin(202), typeNameRu, 'Филиал', 'Импорт басты мектебі', '', '', 'казахский'],
      ['Импорт басты мектебі', bin(201), typeNameRu, 'Самостоятельная организация', '', '+7 727 100 00 02, +7 727 100 00 03; main@school.kz', '№ KZ-2, 01.09.2021', 'русский'],
      ['Импорт қате', badBin(203), typeNameRu, 'Самостоятельная организация', '', '', '', 'русский'],
    ]);
    const { batchId, rows } = await preview(file);
    expect(rows.map((r) => r.outcome ?? null)).toEqual(['create', 'create', null]);
    const result = await commitRegisterImport(db, { authorityId: AUTHORITY, batchId, user: admin });
    expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 1 });
    const [main] = await db.select().from(organizations).where(eq(organizations.bin, bin(201)));
    const [branch] = await db.select().from(organizations).where(eq(organizations.bin, bin(202)));
    expect(main).toMatchObject({ shortName: 'Импорт басты мектебі', fullName: 'Импорт басты мектебі', parentId: AUTHORITY, institutionTypeId: typeId, phones: '+7 727 100 00 02, +7 727 100 00 03', email: 'main@school.kz', licenceNumber: 'KZ-2', licenceDate: '2021-09-01', languages: ['ru'] });
    expect(branch).toMatchObject({ organizationalStructure: 'branch', branchOfId: main!.id, languages: ['kk'] });
    const history = await getRegisterHistory(db, { institutionId: main!.id, page: 1 });
    expect(history.rows.map((e) => e.action)).toContain('organization.register.create');
    // A second Confirm of the same batch writes nothing.
    await expect(commitRegisterImport(db, { authorityId: AUTHORITY, batchId, user: admin })).rejects.toThrow();
  });

  it('is idempotent: the same file again changes nothing and records nothing; an edited cell updates that field only', async () => {
    const file = (email: string) =>
      csv([HEADER_RU, ['Импорт басты мектебі', bin(201), typeNameRu, 'Самостоятельная организация', '', `+7 727 100 00 02, +7 727 100 00 03; ${email}`, '№ KZ-2, 2021-09-01', 'русский']]);
    const events = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(like(auditEvents.action, 'organization.register.%')))[0]!.n;
    const before = await events();
    const again = await preview(file('main@school.kz'));
    expect(again.rows[0]).toMatchObject({ outcome: 'unchanged', errors: null });
    expect(await commitRegisterImport(db, { authorityId: AUTHORITY, batchId: again.batchId, user: admin })).toMatchObject({ created: 0, updated: 0, unchanged: 1, failed: 0, changedIds: [] });
    expect(await events()).toBe(before);
    const edited = await preview(file('new@school.kz'));
    expect(edited.rows[0]!.outcome).toBe('update');
    await commitRegisterImport(db, { authorityId: AUTHORITY, batchId: edited.batchId, user: admin });
    const [main] = await db.select().from(organizations).where(eq(organizations.bin, bin(201)));
    expect(main).toMatchObject({ email: 'new@school.kz', licenceNumber: 'KZ-2' });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'organization.register.update'), eq(auditEvents.entityId, String(main!.id))));
    expect(event!.changes).toEqual({ email: { from: 'main@school.kz', to: 'new@school.kz' } });
  });
});

describe('jurisdiction', () => {
  it('refuses per row a BIN of another authority’s school and a branch of a school outside; the rows inside still go in', async () => {
    const other = await addOrganization(db, { name: 'Other authority' });
    const outside = await addOrganization(db, { name: 'Сыртқы мектеп', kind: 'institution', parentId: other });
    await db.update(organizations).set({ bin: bin(301) }).where(eq(organizations.id, outside));
    const file = csv([
      HEADER_RU,
      ['Басып алу', bin(301), typeNameRu, 'Самостоятельная организация', '', '', '', 'казахский'],
      ['Сырттағы филиал', bin(302), typeNameRu, 'Филиал', 'Сыртқы мектеп', '', '', 'казахский'],
      ['Сырттағы филиал 2', bin(303), typeNameRu, 'Филиал', bin(301), '', '', 'казахский'],
      ['Ішкі мектеп', bin(304), typeNameRu, 'Самостоятельная организация', '', '', '', 'казахский'],
    ]);
    const { batchId, rows } = await preview(file);
    expect(rows.map((r) => r.errors)).toEqual([{ bin: ['RegisterImport.bin_outside'] }, { branchOfId: ['RegisterImport.branch_of_outside'] }, { branchOfId: ['RegisterImport.branch_of_outside'] }, null]);
    expect(await commitRegisterImport(db, { authorityId: AUTHORITY, batchId, user: admin })).toMatchObject({ created: 1, failed: 3 });
    expect((await db.select().from(organizations).where(eq(organizations.id, outside)))[0]).toMatchObject({ shortName: 'Сыртқы мектеп', parentId: other });
    expect(await db.select().from(organizations).where(inArray(organizations.bin, [bin(302), bin(303)]))).toEqual([]);
  });
});

describe('export → import', () => {
  it('reads the register report’s own export back (CSV in Kazakh, XLSX in English, grouped by type): the same data, and data changed since is restored', async () => {
    // Full register data on three demo schools, one a branch of another.
    const scope = (await loadReportScope(db, AUTHORITY, 'en'))!;
    const ids = scope.institutions.filter((i) => i.typeName !== '').slice(0, 3).map((i) => i.id);
    const rows = await db.select().from(organizations).where(inArray(organizations.id, ids));
    for (const [n, o] of rows.entries()) {
      const done = await runCommand(db, updateInstitution, admin, {
        orgId: String(AUTHORITY),
        institutionId: String(o.id),
        fullName: o.fullName,
        shortName: o.shortName,
        fullNameRu: '',
        shortNameRu: '',
        institutionTypeId: String(o.institutionTypeId),
        organizationalStructure: n === 2 ? 'branch' : 'independent',
        branchOfId: n === 2 ? String(rows[0]!.id) : '',
        territoryId: String(o.territoryId ?? ''),
        headPersonId: '',
        legalAddress: o.legalAddress,
        actualAddress: o.actualAddress,
        phones: o.phones,
        email: o.email,
        website: o.website,
        licenceNumber: n === 1 ? '' : `KZ-RT-${n}`,
        licenceDate: n === 1 ? '' : '2019-08-30',
        licenceIssuer: n === 0 ? 'Комитет, г. Астана' : '',
        accreditationNumber: `A-${n}`,
        accreditationDate: '2020-01-15',
        bin: bin(400 + n),
        languages: n === 0 ? ['kk', 'ru'] : ['ru'],
      });
      expect(done).toMatchObject({ ok: true });
    }
    const original = await registerData(ids);
    const events = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents))[0]!.n;

    for (const [format, locale, params] of [
      ['csv', 'kk', {}],
      ['xlsx', 'en', { form: 'types' }],
      ['csv', 'ru', { form: 'types' }],
    ] as const) {
      const before = await events();
      const { rows: read, batchId } = await preview(await exported(format, locale, params));
      const ours = read.filter((r) => r.institutionId !== undefined && ids.includes(r.institutionId));
      expect(ours.map((r) => [r.outcome, r.errors])).toEqual(ids.map(() => ['unchanged', null]));
      // The demo's other schools have no BIN: refused, asking for it.
      expect(read.filter((r) => r.errors).every((r) => r.errors!.bin?.[0] === 'RegisterImport.bin_required' || r.errors!.languages)).toBe(true);
      await commitRegisterImport(db, { authorityId: AUTHORITY, batchId, user: admin });
      expect(await registerData(ids)).toEqual(original);
      expect(await events()).toBe(before);
    }

    // Changed since the export: importing the export restores the exported values.
    const file = await exported('xlsx', 'ru');
    await db.update(organizations).set({ email: 'changed@school.kz', languages: ['en'], organizationalStructure: 'independent', branchOfId: null }).where(inArray(organizations.id, ids));
    await db.update(organizations).set({ licenceNumber: 'OTHER', licenceIssuer: '' }).where(eq(organizations.id, ids[0]!));
    const { batchId } = await preview(file);
    await commitRegisterImport(db, { authorityId: AUTHORITY, batchId, user: admin });
    expect(await registerData(ids)).toEqual(original);
  });
});
