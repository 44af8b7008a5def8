import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, createDatabase, type Database } from '../../db';
import { freePort, startEmbeddedPostgres } from '../../db/embedded/server';
import { migrateDatabase } from '../../db/migrate';
import { exitWithGoals } from './lib/goals';

/**
 * The embedded PostgreSQL of a data folder (its `pg` subfolder: kept, so a seeded one is reused),
 * `database` created when missing and migrated, handed to `run`, then stopped whatever happens.
 */
export async function withFolderDatabase<T>(
  dataDir: string,
  run: (db: Database) => Promise<T>,
  options: { database?: string; port?: number; logFile?: string } = {},
): Promise<T> {
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: options.port ?? (await freePort()), logFile: options.logFile });
  try {
    const database = options.database ?? 'kundelik';
    await server.createDatabaseIfMissing(database);
    const url = server.urlFor(database);
    await migrateDatabase(url);
    const db = createDatabase(url, { max: 4 });
    try {
      return await run(db);
    } finally {
      await closeDatabase(db);
    }
  } finally {
    await server.stop();
  }
}

/** A benchmark's own embedded PostgreSQL: a fresh migrated database in a temporary folder, removed afterwards. */
export async function withBenchDatabase<T>(name: string, run: (db: Database) => Promise<T>): Promise<T> {
  const root = path.join(os.tmpdir(), `kundelik-bench-${name}-${process.pid}`);
  try {
    return await withFolderDatabase(root, run, { database: 'kundelik_bench' });
  } finally {
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
