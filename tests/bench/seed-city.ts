/**
 * City-scale seed benchmark: Almaty-sized data (≈ 200 institutions, ≈ 300,000 people, and a school
 * year of journal data up to the seed's "today") written into a fresh embedded PostgreSQL; then the
 * README's `npm run db:seed -- --scale city --reset` on a database in use (the demo seeded and
 * analysed, as autovacuum leaves it): the reset must seed in the same time as the fresh database.
 * Prints the counts and the times, then removes everything.
 * Goal: each under 10 minutes (about 6 on a quiet machine; a guard against a seed that stalls), the
 * reset within 1.5× the fresh seed.
 * Run: npx tsx tests/bench/seed-city.ts [--only-reset]
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db';
import { resetSeededData, seedDemo, type SeedSummary } from '../../db/seed';
import { runBench, withBenchDatabase } from './bench-database';
import { goal } from './lib/goals';

const log = (msg: string) => console.log(`  ${msg}`);

function describe(summary: SeedSummary): void {
  const { counts } = summary;
  console.log(
    `  ${counts.organizations} organisations (${counts.institutions} institutions), ${counts.persons} persons, ` +
      `${counts.users} users (${((counts.users / counts.persons) * 100).toFixed(1)} %), ${counts.memberships} memberships`,
  );
  const j = summary.journal;
  if (j) console.log(`  school year: ${j.classes} classes, ${j.lessons} lessons, ${j.marks} marks, ${j.absences} attendance marks, ${j.homework} homework, ${j.signIns} sign-ins`);
}

async function freshSeed(db: Database): Promise<number> {
  console.log('city seed into a fresh database');
  const summary = await seedDemo(db, { scale: 'city', log });
  const seconds = summary.elapsedMs / 1000;
  goal('city seed', seconds, 600, 's');
  describe(summary);
  const [size] = await db.execute<{ size: string }>(sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
  console.log(`  database size: ${size!.size}; node heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
  return seconds;
}

/** The demo database in use, then `db:seed -- --scale city --reset` (db/seed/index.ts main does the same two steps). */
async function resetSeed(db: Database, freshSeconds: number | null): Promise<void> {
  console.log('city seed with --reset over the demo database in use');
  await seedDemo(db, { scale: 'demo' });
  // What autovacuum leaves on a database in use: statistics of the demo's tables.
  await db.execute(sql`analyze`);
  const began = performance.now();
  await resetSeededData(db);
  const summary = await seedDemo(db, { scale: 'city', log });
  const seconds = (performance.now() - began) / 1000;
  goal('city seed after --reset', seconds, 600, 's');
  if (freshSeconds !== null) goal('reset ÷ fresh', seconds / freshSeconds, 1.5, '×', { digits: 2 });
  describe(summary);
}

async function main() {
  const onlyReset = process.argv.includes('--only-reset');
  const fresh = onlyReset ? null : await withBenchDatabase('seed-city', freshSeed);
  await withBenchDatabase('seed-city-reset', (db) => resetSeed(db, fresh));
}

runBench(main);
