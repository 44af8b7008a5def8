import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { seedDemo } from '@/db/seed';
import { exportBundle } from '@/lib/oneroster/export';
import { importBundle } from '@/lib/oneroster/import';
import { activityReport } from '@/lib/reports/activity';
import { attestationDueReport, attestationReport } from '@/lib/reports/attestation';
import type { AnyReportDefinition } from '@/lib/reports/definition';
import { INSTITUTION_REPORT_DEFINITIONS } from '@/lib/reports/institution';
import { registerReport } from '@/lib/reports/register';
import { runReport } from '@/lib/reports/run';
import { loadReportScope } from '@/lib/reports/scope';
import type { SearchParams } from '@/lib/search-params';
import { validateOneRosterBundle } from '../support/oneroster-spec';
import { useTestDatabase } from './test-database';

/**
 * The lossless round trip of issue 12: the demo region exported as OneRoster 1.2, imported into
 * an empty database, gives the same numbers in every report; and the export passes a check
 * written from the specification.
 */

const { db: source } = await useTestDatabase();
const { db: target } = await useTestDatabase();
const TODAY = '2026-11-28';
let bundle: Buffer;
let sourceAuthority: number;
let targetAuthority: number;

async function exportOf(db: Database, authorityId: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await exportBundle(db, authorityId, (c) => void chunks.push(Buffer.from(c)));
  return Buffer.concat(chunks);
}

const topAuthority = async (db: Database) => (await db.execute<{ id: number }>(sql`select id from organizations where parent_id is null and kind = 'authority' order by id limit 1`))[0]!.id;

beforeAll(async () => {
  await seedDemo(source, { scale: 'demo' });
  sourceAuthority = await topAuthority(source);
  // The register's fields (issue 12 §1) on two schools, one a branch of the other: the round trip keeps them.
  const [main, branch] = await source.execute<{ id: number }>(sql`select id from organizations where kind = 'institution' order by id limit 2`);
  await source.execute(sql`update organizations set full_name_ru = 'КГУ «Школа №1»', short_name_ru = 'Школа №1', bin = '990304401011', languages = '{kk,ru}',
    licence_number = 'KZ-1', licence_date = '2019-08-30', licence_issuer = 'Комитет', accreditation_number = 'A-1', accreditation_date = '2020-01-15' where id = ${main!.id}`);
  await source.execute(sql`update organizations set bin = '990304402018', languages = '{ru}', organizational_structure = 'branch', branch_of_id = ${main!.id} where id = ${branch!.id}`);
  bundle = await exportOf(source, sourceAuthority);
  const result = await importBundle(target, bundle, { authorityId: null });
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.issues.slice(0, 10))}`);
  targetAuthority = await topAuthority(target);
}, 1_800_000);

/** A report's rows and totals with the database's own ids taken out. */
function comparable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'id' || key === 'institutionId' ? undefined : v)));
}

/** Every report of the registry for one database: F-7.1–F-7.4 and each institution's, keyed by institution name. */
async function allReports(db: Database, authorityId: number): Promise<Record<string, unknown>> {
  const scope = (await loadReportScope(db, authorityId, 'ru'))!;
  const out: Record<string, unknown> = { institutions: scope.institutions.length };
  const run = async (name: string, definition: AnyReportDefinition, params: SearchParams) => {
    const result = await runReport(db, definition, scope, 'ru', params, TODAY);
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    out[name] = comparable({ rows: result.result.rows, totals: result.result.totals, sections: result.result.sections });
  };
  await run('activity-municipalities', activityReport, {});
  await run('activity-institutions', activityReport, { form: 'institutions' });
  await run('register', registerReport, {});
  await run('register-types', registerReport, { form: 'types' });
  await run('attestation', attestationReport, {});
  await run('attestation-due', attestationDueReport, {});
  for (const institution of scope.institutions) {
    for (const [name, definition] of Object.entries(INSTITUTION_REPORT_DEFINITIONS)) {
      await run(`${institution.shortName} ${name}`, definition, { school: String(institution.id) });
    }
  }
  return out;
}

describe('OneRoster round trip', { timeout: 900_000 }, () => {
  it('exports a bundle that passes the specification’s check', async () => {
    expect(await validateOneRosterBundle(bundle)).toEqual([]);
  });

  it('gives the same numbers in every report after importing the export into an empty database', async () => {
    const before = await allReports(source, sourceAuthority);
    const after = await allReports(target, targetAuthority);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect((before.institutions as number) > 20).toBe(true);
    for (const key of Object.keys(before)) expect({ key, report: after[key] }).toEqual({ key, report: before[key] });
  });

  it('keeps every institution’s register fields: Russian names, BIN, languages, licence, accreditation, the main institution of a branch', async () => {
    const registerOf = async (db: Database) =>
      db.execute(sql`select o.short_name, o.full_name_ru, o.short_name_ru, o.bin, o.languages, o.licence_number, o.licence_date::text, o.licence_issuer, o.accreditation_number,
        o.accreditation_date::text, o.organizational_structure, b.short_name as branch_of, o.closed_at
        from organizations o left join organizations b on b.id = o.branch_of_id where o.kind = 'institution' order by o.short_name, o.bin`);
    const before = await registerOf(source);
    expect(before.filter((o) => o.bin !== null)).toHaveLength(2);
    expect(await registerOf(target)).toEqual(before);
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const digest = async () =>
      (
        await target.execute<{ d: string }>(sql`select md5(concat_ws('|',
          (select count(*) from persons), (select count(*) from users), (select count(*) from memberships), (select string_agg(concat_ws(',', id, archived_at, position), ';' order by id) from memberships),
          (select count(*) from lessons), (select count(*) from marks), (select sum(score) from marks), (select count(*) from journal_edits), (select count(*) from attendance_marks),
          (select count(*) from sign_ins), (select count(*) from student_movements), (select md5(string_agg(t::text, ';' order by t::text)) from journal_class_stats t),
          (select md5(string_agg(t::text, ';' order by t::text)) from organization_sign_in_days t), (select count(*) from oneroster_ids))) as d`)
      )[0]!.d;
    const first = await digest();
    const again = await importBundle(target, bundle, { authorityId: null });
    expect(again.ok).toBe(true);
    if (again.ok) for (const [entity, c] of Object.entries(again.counts)) expect({ entity, ...c }).toEqual({ entity, created: 0, updated: 0 });
    expect(await digest()).toBe(first);
  });

  it('exports from the imported database the same sourcedIds it was given', async () => {
    const second = await exportOf(target, targetAuthority);
    expect(await validateOneRosterBundle(second)).toEqual([]);
    // A column of a file (the columns before results' JSON hold no comma): its values, sorted.
    const ids = async (zip: Buffer, file: string, column = 0) => {
      const { listZip, readEntry } = await import('@/lib/zip/read');
      const listing = listZip(zip);
      if (!listing.ok) throw new Error('zip');
      const entry = listing.entries.find((e) => e.name === file)!;
      const chunks: Uint8Array[] = [];
      for await (const c of readEntry(zip, entry, 2 ** 30)) chunks.push(c);
      return Buffer.concat(chunks).toString('utf8').split('\r\n').slice(1).filter(Boolean).map((l) => l.split(',')[column]).sort();
    };
    expect(await ids(second, 'users.csv')).toEqual(await ids(bundle, 'users.csv'));
    // Lessons and marks: their ids are read in the export's own queries, not held in memory.
    expect(await ids(second, 'lineItems.csv')).toEqual(await ids(bundle, 'lineItems.csv'));
    expect(await ids(second, 'results.csv')).toEqual(await ids(bundle, 'results.csv'));
    expect(await ids(second, 'results.csv', 3)).toEqual(await ids(bundle, 'results.csv', 3));
    expect((await ids(second, 'results.csv')).length).toBeGreaterThan(100);
  });
});
