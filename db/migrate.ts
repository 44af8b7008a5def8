import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { closeDatabase, createDatabase } from './index';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies every committed migration that the database has not seen yet. */
export async function migrateDatabase(url: string): Promise<void> {
  const db = createDatabase(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
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
