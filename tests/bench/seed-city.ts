/**
 * City-scale seed benchmark: Almaty-sized data (≈ 200 institutions, ≈ 300,000 people, and a school
 * year of journal data up to the seed's "today") written
 * into a fresh embedded PostgreSQL; prints the counts and the time, then removes everything.
 * Goal: under 10 minutes (about 6 on a quiet machine; a guard against a seed that stalls).
 * Run: npx tsx tests/bench/seed-city.ts
 */
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../db/seed';
import { runBench, withBenchDatabase } from './bench-database';
import { goal } from './lib/goals';

async function main() {
  await withBenchDatabase('seed-city', async (db) => {
    const summary = await seedDemo(db, { scale: 'city', log: (msg) => console.log(`  ${msg}`) });
    const { counts } = summary;
    goal('city seed', summary.elapsedMs / 1000, 600, 's');
    console.log(
      `  ${counts.organizations} organisations (${counts.institutions} institutions), ${counts.persons} persons, ` +
        `${counts.users} users (${((counts.users / counts.persons) * 100).toFixed(1)} %), ${counts.memberships} memberships`,
    );
    const j = summary.journal;
    if (j) console.log(`  school year: ${j.classes} classes, ${j.lessons} lessons, ${j.marks} marks, ${j.absences} attendance marks, ${j.homework} homework, ${j.signIns} sign-ins`);
    const [size] = await db.execute<{ size: string }>(sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
    console.log(`  database size: ${size!.size}; node heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
  });
}

runBench(main);
