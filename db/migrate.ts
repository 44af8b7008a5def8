import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { closeDatabase, createDatabase } from './index';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** SQL drizzle-kit cannot express (triggers, functions): idempotent files, run after the migrations on every start. */
export const manualMigrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations-manual');

/** Applies every committed migration that the database has not seen yet, then the manual SQL files in name order. */
export async function migrateDatabase(url: string): Promise<void> {
  const db = createDatabase(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
    const files = existsSync(manualMigrationsFolder) ? readdirSync(manualMigrationsFolder).filter((f) => f.endsWith('.sql')).sort() : [];
    for (const file of files) {
      // One simple-protocol query: several statements, applied together or not at all.
      await db.$client.unsafe(readFileSync(path.join(manualMigrationsFolder, file), 'utf8')).simple();
    }
  } finally {
    await closeDatabase(db);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set. `npm start` migrates the embedded database by itself.');
    process.exit(1);
  }
  migrateDatabase(url).then(
    () => console.log('Migrations applied.'),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
