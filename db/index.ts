import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { getEnv } from '../lib/env';
import * as schema from './schema';

export type Database = ReturnType<typeof createDatabase>;
/** A transaction of the database: what a function takes when its writes must commit together. */
export type DbTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** The pool or a transaction of it: what a function takes when it runs in either. */
export type DbExecutor = Database | DbTransaction;

export function createDatabase(url: string, options: { max?: number } = {}) {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  return drizzle(client, { schema, casing: 'snake_case' });
}

export function closeDatabase(db: Database): Promise<void> {
  return db.$client.end();
}

// One pool per server process; kept on globalThis so dev-mode reloads do not open new pools.
const globalForDb = globalThis as unknown as { kundelikDb?: Database };

export function getDb(): Database {
  globalForDb.kundelikDb ??= createDatabase(getEnv().DATABASE_URL);
  return globalForDb.kundelikDb;
}

export { schema };
