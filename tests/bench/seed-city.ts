/**
 * City-scale seed benchmark: Almaty-sized data (≈ 200 institutions, ≈ 300,000 people) written
 * into a fresh embedded PostgreSQL; prints the counts and the time, then removes everything.
 * Run: npx tsx tests/bench/seed-city.ts
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { closeDatabase, createDatabase } from '../../db';
import { freePort, startEmbeddedPostgres } from '../../db/embedded/server';
import { migrateDatabase } from '../../db/migrate';
import { seedDemo } from '../../db/seed';

const root = path.join(os.tmpdir(), `kundelik-bench-seed-city-${process.pid}`);

async function main() {
  const server = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), port: await freePort() });
  try {
    await server.createDatabaseIfMissing('kundelik_bench');
    const url = server.urlFor('kundelik_bench');
    await migrateDatabase(url);
    const db = createDatabase(url, { max: 2 });
    try {
      const summary = await seedDemo(db, { scale: 'city', log: (msg) => console.log(`  ${msg}`) });
      const { counts } = summary;
      console.log(`city seed: ${(summary.elapsedMs / 1000).toFixed(1)} s`);
      console.log(
        `  ${counts.organizations} organisations (${counts.institutions} institutions), ${counts.persons} persons, ` +
          `${counts.users} users (${((counts.users / counts.persons) * 100).toFixed(1)} %), ${counts.memberships} memberships`,
      );
      const [size] = await db.execute<{ size: string }>(sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
      console.log(`  database size: ${size!.size}; node heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
    } finally {
      await closeDatabase(db);
    }
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
