import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, createDatabase, type Database } from '../../db';
import { freePort, startEmbeddedPostgres } from '../../db/embedded/server';
import { migrateDatabase } from '../../db/migrate';
import { exitWithGoals } from './lib/goals';

/**
 * A benchmark's own embedded PostgreSQL: a fresh migrated database in a temporary folder, handed
 * to `run`, then stopped and removed whatever happens.
 */
export async function withBenchDatabase<T>(name: string, run: (db: Database) => Promise<T>): Promise<T> {
  const root = path.join(os.tmpdir(), `kundelik-bench-${name}-${process.pid}`);
  const server = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), port: await freePort() });
  try {
    await server.createDatabaseIfMissing('kundelik_bench');
    const url = server.urlFor('kundelik_bench');
    await migrateDatabase(url);
    const db = createDatabase(url, { max: 4 });
    try {
      return await run(db);
    } finally {
      await closeDatabase(db);
    }
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

/** Runs a benchmark's main and exits with its outcome: 1 when it failed or missed a goal (lib/goals.ts). */
export function runBench(main: () => Promise<unknown>): void {
  main().then(
    () => exitWithGoals(),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
