/**
 * OneRoster 1.2 benchmark (issue 12): the seeded region exported as a bulk zip, that zip imported
 * into an empty database (what `npm run oneroster:import` does), and both timed with the process's
 * peak memory; the round trip is export + import. The issue asks that a city's bundle (≈ 300,000
 * users, 13 M results) import "in minutes": 15 minutes and 4 GiB at `--scale city`; the demo
 * region (≈ 1 % of it) gets the share of that: the round trip under 30 s, 1.5 GiB. The city seed
 * alone takes several minutes.
 * Run: npx tsx tests/bench/oneroster.ts [--scale demo|city]
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db';
import { seedDemo } from '../../db/seed';
import type { Scale } from '../../db/seed/scales';
import { exportBundle } from '../../lib/oneroster/export';
import { importBundle } from '../../lib/oneroster/import';
import { runBench, withBenchDatabase } from './bench-database';
import { goal } from './lib/goals';

const scale: Scale = process.argv.includes('--scale') && process.argv[process.argv.indexOf('--scale') + 1] === 'city' ? 'city' : 'demo';
const GOALS = scale === 'demo' ? { roundTripS: 30, peakRssMiB: 1536 } : { roundTripS: 15 * 60, peakRssMiB: 4096 };

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const mib = (bytes: number) => bytes / 2 ** 20;

async function counts(db: Database) {
  const [row] = await db.execute<{ persons: number; memberships: number; lessons: number; marks: number }>(
    sql`select (select count(*)::int from persons) as persons, (select count(*)::int from memberships) as memberships, (select count(*)::int from lessons) as lessons, (select count(*)::int from marks) as marks`,
  );
  return row!;
}

async function main() {
  let bundle = Buffer.alloc(0);
  let exportS = 0;
  let source: Awaited<ReturnType<typeof counts>>;
  await withBenchDatabase('oneroster-source', async (db) => {
    const seeded = await seedDemo(db, { scale });
    console.log(`${scale} seed: ${(seeded.elapsedMs / 1000).toFixed(1)} s`);
    source = await counts(db);
    const [{ id }] = (await db.execute<{ id: number }>(sql`select id from organizations where parent_id is null and kind = 'authority' order by id limit 1`)) as unknown as [{ id: number }];
    const chunks: Buffer[] = [];
    peakRss = 0;
    const started = performance.now();
    await exportBundle(db, id, (chunk) => void chunks.push(Buffer.from(chunk)));
    exportS = (performance.now() - started) / 1000;
    bundle = Buffer.concat(chunks);
    console.log(`export: ${exportS.toFixed(1)} s, ${mib(bundle.length).toFixed(1)} MiB zip, peak memory ${mib(peakRss).toFixed(0)} MiB`);
  });
  let importS = 0;
  let importPeak = 0;
  await withBenchDatabase('oneroster-target', async (db) => {
    peakRss = 0;
    const started = performance.now();
    // A line every 15 s on a long run, so a city run cut short still tells its rate.
    let said = 0;
    const progress = (step: string, done: number, total: number) => {
      if (performance.now() - said < 15_000) return;
      said = performance.now();
      console.log(`  … ${((said - started) / 1000).toFixed(0)} s: ${step} ${done.toLocaleString('en')} of ${total.toLocaleString('en')}, rss ${mib(process.memoryUsage().rss).toFixed(0)} MiB`);
    };
    const result = await importBundle(db, bundle, { authorityId: null, progress });
    importS = (performance.now() - started) / 1000;
    importPeak = peakRss;
    if (!result.ok) throw new Error(`the import refused its own export: ${JSON.stringify(result.issues.slice(0, 5))}`);
    const imported = await counts(db);
    console.log(`import into an empty database: ${importS.toFixed(1)} s, peak memory ${mib(importPeak).toFixed(0)} MiB`);
    console.log(`  source ${JSON.stringify(source)}\n  target ${JSON.stringify(imported)}`);
    if (imported.marks !== source.marks || imported.persons !== source.persons) throw new Error('the import did not bring every person and mark');
    console.log(`  ${Math.round(imported.marks / importS).toLocaleString('en')} marks/s`);
  });
  clearInterval(sampler);
  console.log(`export ${exportS.toFixed(1)} s + import ${importS.toFixed(1)} s`);
  goal('round trip (export + import)', exportS + importS, GOALS.roundTripS, 's');
  goal('import peak memory', mib(importPeak), GOALS.peakRssMiB, 'MiB');
}

runBench(main);
