/**
 * Reports at city scale (F-7): the Almaty-sized demo with a school year of journal data in a
 * fresh embedded PostgreSQL, then every report through the very code the pages and the export
 * route run (runReport + tabulate): p50/p95 per report, a full XLSX export of the register and
 * of the activity report by institution (time and memory growth), and — side by side — the
 * same aggregates computed from the raw rows without the rollups.
 * Goals: p95 < 300 ms per report (activity and attestation < 150 ms); export < 2 s, < 100 MB.
 * Run: npx tsx tests/bench/reports.ts   (REPORTS_BENCH_SCALE=demo for a quick look)
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db';
import { seedDemo } from '../../db/seed';
import { writeXlsx } from '../../lib/export/xlsx';
import { activityReport } from '../../lib/reports/activity';
import { attestationDueReport, attestationReport } from '../../lib/reports/attestation';
import type { AnyReportDefinition } from '../../lib/reports/definition';
import { INSTITUTION_REPORT_DEFINITIONS } from '../../lib/reports/institution';
import { registerReport } from '../../lib/reports/register';
import { runReport } from '../../lib/reports/run';
import { loadReportScope, type ReportScope } from '../../lib/reports/scope';
import { tabulate } from '../../lib/reports/tabulate';
import type { SearchParams } from '../../lib/search-params';
import { runBench, withBenchDatabase } from './bench-database';
import { goal } from './lib/goals';
import { quantile, stats, timed } from './lib/stats';

const TODAY = '2026-11-28';
const RUNS = 20;
const translate = (key: string) => key;


/** One report as a page builds it: filters checked, query run, cells made. */
async function reportOnce(db: Database, scope: ReportScope, definition: AnyReportDefinition, params: SearchParams) {
  const run = await runReport(db, definition, scope, 'kk', params, TODAY);
  if (!run.ok) throw new Error(`${definition.key} refused ${JSON.stringify(params)}: ${run.error}`);
  return tabulate(definition, run.filters, run.result, translate);
}

async function timeReport(db: Database, scope: ReportScope, label: string, definition: AnyReportDefinition, paramSets: SearchParams[], limitMs: number) {
  for (const params of paramSets.slice(0, 3)) await reportOnce(db, scope, definition, params);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) ms.push((await timed(() => reportOnce(db, scope, definition, paramSets[i % paramSets.length]!)))[1]);
  console.log(`  ${label.padEnd(38)} ${stats(ms)}`);
  goal(`${label}, p95`, quantile(ms, 0.95), limitMs, 'ms');
}

async function timeExport(db: Database, scope: ReportScope, label: string, definition: AnyReportDefinition, params: SearchParams) {
  global.gc?.();
  const before = process.memoryUsage();
  let bytes = 0;
  let peakRss = before.rss;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      done();
    },
  });
  const [, ms] = await timed(async () => {
    const table = await reportOnce(db, scope, definition, params);
    await writeXlsx(table, { title: label, lines: [scope.authority.fullName], sheetName: label }, sink);
    return table.rows.length;
  });
  const growth = (peakRss - before.rss) / 2 ** 20;
  console.log(`  ${label.padEnd(38)} ${ms.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB, RSS growth ${growth.toFixed(1)} MiB`);
  goal(`export ${label}`, ms, 2000, 'ms');
  goal(`export ${label}, RSS growth`, growth, 100, 'MiB');
}

/** The activity report's sign-in columns computed from the raw sign-ins, without the rollup. */
async function activityFromRaw(db: Database, ids: number[]) {
  return db.execute(sql`
    select m.organization_id,
      count(distinct s.user_id) filter (where (s.signed_in_at at time zone o.time_zone)::date = ${TODAY}::date) as day,
      count(distinct (s.user_id, (s.signed_in_at at time zone o.time_zone)::date)) filter (where (s.signed_in_at at time zone o.time_zone)::date > ${TODAY}::date - 7) as week,
      count(distinct (s.user_id, (s.signed_in_at at time zone o.time_zone)::date)) as month
    from sign_ins s
    join users u on u.id = s.user_id
    join memberships m on m.person_id = u.person_id and m.archived_at is null
    join organizations o on o.id = m.organization_id
    where m.organization_id = any(${`{${ids.join(',')}}`}::int[])
      and s.signed_in_at >= (${TODAY}::date - 29)::timestamp at time zone 'Asia/Almaty' and s.signed_in_at < (${TODAY}::date + 1)::timestamp at time zone 'Asia/Almaty'
    group by m.organization_id`);
}

async function activityFromRollup(db: Database, ids: number[]) {
  return db.execute(sql`
    select organization_id, sum(users) filter (where day = ${TODAY}::date) as day, sum(users) filter (where day > ${TODAY}::date - 7) as week, sum(users) as month
    from organization_sign_in_days where organization_id = any(${`{${ids.join(',')}}`}::int[]) and day > ${TODAY}::date - 30 and day <= ${TODAY}::date
    group by organization_id`);
}

/** Performance (marks per class, subject and quarter) of the whole city from the raw marks. */
async function marksFromRaw(db: Database) {
  return db.execute(sql`
    select l.class_id, l.subject_id, l.quarter, count(*) filter (where m.grade = 2) as m2, count(*) filter (where m.grade >= 4) as m45
    from marks m join lessons l on l.id = m.lesson_id group by 1, 2, 3`);
}

async function marksFromRollup(db: Database) {
  return db.execute(sql`select class_id, subject_id, quarter, marks2, marks4 + marks5 from journal_class_stats`);
}

async function compare(label: string, raw: () => Promise<unknown>, rollup: () => Promise<unknown>) {
  await raw();
  await rollup();
  const rawMs: number[] = [];
  const rollupMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    rawMs.push((await timed(raw))[1]);
    rollupMs.push((await timed(rollup))[1]);
  }
  const r = quantile(rawMs, 0.5);
  const u = quantile(rollupMs, 0.5);
  console.log(`  ${label.padEnd(38)} raw ${r.toFixed(1)} ms, rollup ${u.toFixed(1)} ms: ${(r / u).toFixed(0)}× faster with the rollup`);
}

async function main() {
  const scale = process.env.REPORTS_BENCH_SCALE === 'demo' ? 'demo' : 'city';
  await withBenchDatabase('reports', async (db) => {
    const seeded = await seedDemo(db, { scale, log: (msg) => console.log(`  ${msg}`) });
    await db.execute(sql`analyze`);
    const [size] = await db.execute<{ size: string }>(sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
    const j = seeded.journal!;
    console.log(`${scale} seed with the school year: ${(seeded.elapsedMs / 1000).toFixed(1)} s, database ${size!.size}`);
    console.log(`  ${seeded.counts.institutions} institutions, ${seeded.counts.persons} persons, ${j.classes} classes, ${j.lessons} lessons, ${j.marks} marks, ${j.absences} attendance marks, ${j.homework} homework, ${j.signIns} sign-ins, ${j.edits} mark changes`);

    const scope = (await loadReportScope(db, 1, 'kk'))!;
    const districts = scope.districts.filter((d) => scope.institutions.some((i) => i.territoryId === d.id)).map((d) => ({ district: String(d.id) }));
    const schools = scope.institutions.filter((_, i) => i % Math.ceil(scope.institutions.length / 10) === 0).map((i) => ({ school: String(i.id) }));
    console.log(`reports (${RUNS} runs each, filters cycling over: the whole city, ${districts.length} districts, ${schools.length} schools):`);
    await timeReport(db, scope, 'activity by district', activityReport, [{}, ...districts], 150);
    await timeReport(db, scope, 'activity by institution', activityReport, [{ form: 'institutions' }, ...districts.map((d) => ({ ...d, form: 'institutions' }))], 150);
    await timeReport(db, scope, 'attestation', attestationReport, [{}, ...districts], 150);
    await timeReport(db, scope, 'attestation due within 12 months', attestationDueReport, [{}, ...districts], 300);
    await timeReport(db, scope, 'register, all', registerReport, [{}, ...districts], 300);
    await timeReport(db, scope, 'register, by type', registerReport, [{ form: 'types' }, ...districts.map((d) => ({ ...d, form: 'types' }))], 300);
    for (const [name, definition] of Object.entries(INSTITUTION_REPORT_DEFINITIONS)) {
      await timeReport(db, scope, `institution: ${name}`, definition, schools, 300);
    }

    console.log('full exports to XLSX (streamed):');
    await timeExport(db, scope, 'register, all institutions', registerReport, {});
    await timeExport(db, scope, 'activity by institution', activityReport, { form: 'institutions' });
    await timeExport(db, scope, 'attestation due list', attestationDueReport, {});

    console.log('the same aggregates without the rollups:');
    const ids = scope.institutions.map((i) => i.id);
    await compare('sign-ins a day/week/month, all schools', () => activityFromRaw(db, ids), () => activityFromRollup(db, ids));
    await compare('marks per class, subject and quarter', () => marksFromRaw(db), () => marksFromRollup(db));
  });
}

runBench(main);
