/**
 * OneRoster 1.2 benchmark (issue 12): the seeded region exported as a bulk zip, that zip imported
 * into an empty database (what `npm run oneroster:import` does), each timed with the process's
 * peak memory, and the round trip (export + import). The issue asks that a city's bundle
 * (≈ 300,000 users, 13 M results) import "in minutes": at city scale the import's goal is 15
 * minutes and 4 GiB; the demo region (≈ 1 % of it) gets its share: the round trip under 30 s.
 * Run: node --max-semi-space-size=64 --import tsx tests/bench/oneroster.ts [--scale demo|city] [--source-data <dir>] [--bundle <file.zip>]
 * (the flag as `npm run oneroster:import` and `npm run bench` give it: docs/oneroster.md, "Big bundles")
 *
 * Seeding a city takes over half an hour, so a city run can start from what is already there:
 *   --source-data <dir>  export from the seeded data folder <dir> (its `pg` subfolder; not seeded
 *                        again, only migrated) instead of a freshly seeded database; city goals.
 *   --bundle <file.zip>  the export is written to <file.zip> (and the source's counts beside it,
 *                        <file.zip>.counts.json); when <file.zip> exists and --source-data is not
 *                        given, it is imported alone (no seed, no export), checked against those
 *                        counts, with the goals of --scale.
 *   e.g. --source-data /data/city --bundle /tmp/city.zip, then --scale city --bundle /tmp/city.zip
 */
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db';
import { seedDemo } from '../../db/seed';
import type { Scale } from '../../db/seed/scales';
import { exportBundle } from '../../lib/oneroster/export';
import { COMMAND_LIMITS } from '../../lib/oneroster/bundle';
import { importBundle } from '../../lib/oneroster/import';
import { runBench, withBenchDatabase, withFolderDatabase } from './bench-database';
import { goal } from './lib/goals';

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const sourceData = option('--source-data');
const bundleFile = option('--bundle');
const importOnly = bundleFile !== undefined && sourceData === undefined && existsSync(bundleFile);
const scale: Scale = option('--scale') === 'city' || sourceData !== undefined ? 'city' : 'demo';
const GOALS =
  scale === 'demo'
    ? { exportS: 15, importS: 20, roundTripS: 30, peakRssMiB: 1536 }
    : { exportS: 15 * 60, importS: 15 * 60, roundTripS: 30 * 60, peakRssMiB: 4096 };

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const mib = (bytes: number) => bytes / 2 ** 20;
const load = () => (process.platform === 'linux' ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?');

type Counts = { persons: number; memberships: number; lessons: number; marks: number };
async function counts(db: Database): Promise<Counts> {
  const [row] = await db.execute<Counts>(
    sql`select (select count(*)::int from persons) as persons, (select count(*)::int from memberships) as memberships, (select count(*)::int from lessons) as lessons, (select count(*)::int from marks) as marks`,
  );
  return row!;
}

/** The database to export: the seeded data folder given, or a fresh one seeded at `scale`. */
async function withSource<T>(run: (db: Database) => Promise<T>): Promise<T> {
  if (!sourceData) {
    return withBenchDatabase('oneroster-source', async (db) => {
      const seeded = await seedDemo(db, { scale });
      console.log(`${scale} seed: ${(seeded.elapsedMs / 1000).toFixed(1)} s`);
      return run(db);
    });
  }
  return withFolderDatabase(sourceData, run, { logFile: path.join(sourceData, 'postgres.log') });
}

/** Exports the first top-level authority; the zip in memory, or written to `bundleFile`. */
async function exportSource(): Promise<{ bundle: Buffer | null; source: Counts; exportS: number; peak: number }> {
  return withSource(async (db) => {
    const source = await counts(db);
    if (source.persons === 0) throw new Error('the source database is empty');
    const [{ id }] = (await db.execute<{ id: number }>(sql`select id from organizations where parent_id is null and kind = 'authority' order by id limit 1`)) as unknown as [{ id: number }];
    const chunks: Buffer[] = [];
    const out = bundleFile ? createWriteStream(bundleFile) : null;
    let zipBytes = 0;
    const sink = (chunk: Uint8Array) => {
      zipBytes += chunk.length;
      if (!out) return void chunks.push(Buffer.from(chunk));
      return out.write(chunk) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()));
    };
    peakRss = 0;
    const started = performance.now();
    await exportBundle(db, id, sink, (file, rows) => console.log(`  … ${((performance.now() - started) / 1000).toFixed(0)} s: ${file} ${rows.toLocaleString('en')} rows, rss ${mib(process.memoryUsage().rss).toFixed(0)} MiB, load ${load()}`));
    if (out) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    const exportS = (performance.now() - started) / 1000;
    const peak = peakRss;
    console.log(`export: ${exportS.toFixed(1)} s, ${mib(zipBytes).toFixed(1)} MiB zip, peak memory ${mib(peak).toFixed(0)} MiB (load ${load()})`);
    if (bundleFile) writeFileSync(`${bundleFile}.counts.json`, JSON.stringify(source));
    return { bundle: out ? null : Buffer.concat(chunks), source, exportS, peak };
  });
}

async function importInto(bundle: Buffer, source: Counts): Promise<{ importS: number; peak: number }> {
  return withBenchDatabase('oneroster-target', async (db) => {
    peakRss = 0;
    const started = performance.now();
    // A line at each new step and every 15 s within one, so a long run tells its rate.
    let said = 0;
    let lastStep = '';
    const progress = (step: string, done: number, total: number) => {
      if (step === lastStep && performance.now() - said < 15_000) return;
      said = performance.now();
      lastStep = step;
      console.log(`  … ${((said - started) / 1000).toFixed(0)} s: ${step} ${done.toLocaleString('en')} of ${total.toLocaleString('en')}, rss ${mib(process.memoryUsage().rss).toFixed(0)} MiB (heap ${mib(process.memoryUsage().heapUsed).toFixed(0)}), load ${load()}`);
    };
    const result = await importBundle(db, bundle, { authorityId: null, limits: COMMAND_LIMITS, progress });
    const importS = (performance.now() - started) / 1000;
    const peak = peakRss;
    if (!result.ok) throw new Error(`the import refused its own export: ${JSON.stringify(result.issues.slice(0, 5))}`);
    const imported = await counts(db);
    console.log(`import into an empty database: ${importS.toFixed(1)} s, peak memory ${mib(peak).toFixed(0)} MiB, ${Math.round(imported.marks / importS).toLocaleString('en')} marks/s (load ${load()})`);
    console.log(`  source ${JSON.stringify(source)}\n  target ${JSON.stringify(imported)}`);
    const differ = (Object.keys(source) as Array<keyof Counts>).filter((k) => imported[k] !== source[k]);
    if (differ.length > 0) throw new Error(`the import did not bring back every row: ${differ.join(', ')} differ`);
    return { importS, peak };
  });
}

async function main() {
  let exported: Awaited<ReturnType<typeof exportSource>> | null = null;
  let bundle: Buffer;
  let source: Counts;
  if (importOnly) {
    if (!existsSync(`${bundleFile}.counts.json`)) throw new Error(`${bundleFile}.counts.json is missing: export with --source-data <dir> --bundle ${bundleFile} first`);
    source = JSON.parse(readFileSync(`${bundleFile}.counts.json`, 'utf8')) as Counts;
    bundle = readFileSync(bundleFile);
    console.log(`importing ${bundleFile} (${mib(bundle.length).toFixed(1)} MiB), exported earlier`);
  } else {
    exported = await exportSource();
    source = exported.source;
    // Read back from disk as the command does (scripts/oneroster.ts), outside the export's peak.
    bundle = exported.bundle ?? readFileSync(bundleFile!);
  }
  const imported = await importInto(bundle, source);
  clearInterval(sampler);
  if (exported) {
    goal('export', exported.exportS, GOALS.exportS, 's');
    goal('export peak memory', mib(exported.peak), GOALS.peakRssMiB, 'MiB');
  }
  goal('import into an empty database', imported.importS, GOALS.importS, 's');
  goal('import peak memory', mib(imported.peak), GOALS.peakRssMiB, 'MiB');
  if (exported) goal('round trip (export + import)', exported.exportS + imported.importS, GOALS.roundTripS, 's');
}

runBench(main);
