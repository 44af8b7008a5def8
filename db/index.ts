import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { getEnv } from '../lib/env';
import * as schema from './schema';

export type Database = ReturnType<typeof createDatabase>;
/** A transaction of the database: what a function takes when its writes must commit together. */
export type DbTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** The pool or a transaction of it: what a function takes when it runs in either. */
export type DbExecutor = Database | DbTransaction;

/**
 * `prepare`: every statement with parameters prepared once per connection (postgres.js names and
 * keeps them; PostgreSQL plans them again only when a generic plan would cost more). Drizzle
 * prepares only the queries it is told to name, so every other statement was parsed and planned
 * on every request: more than half of a signed-in page's time in the database (issue 13). Off
 * with DATABASE_PREPARE=off, for a pooler in transaction mode (PgBouncer) that cannot keep a
 * statement between transactions.
 */
export function createDatabase(url: string, options: { max?: number; prepare?: boolean } = {}) {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const prepare = options.prepare ?? process.env.DATABASE_PREPARE !== 'off';
  return drizzle(prepare ? preparingStatements(client) : client, { schema, casing: 'snake_case' });
}

type Client = ReturnType<typeof postgres>;

/**
 * A parameter this long is a bulk payload: one of db/bulk-insert.ts's array literals (20,000 rows
 * in one text) or a document's body.
 */
const BULK_PARAMETER_CHARS = 1000;

/**
 * Statements with parameters, except bulk ones: those are planned for their own values each time.
 * PostgreSQL switches a prepared statement to one generic plan after five runs, and a generic plan
 * cannot see how many rows an array parameter holds (it assumes 10): the seed's pupils'
 * enrolment, 20,000 rows a statement, then scanned every pupil's membership for each chunk (20 s a
 * statement at city scale, against 0.2 s planned for its values). Planning costs nothing beside
 * such a statement's work.
 */
function worthPreparing(args: unknown): boolean {
  return Array.isArray(args) && args.length > 0 && !args.some((a) => typeof a === 'string' && a.length > BULK_PARAMETER_CHARS);
}
type Scoped = (sql: Client) => unknown;

/** `sql`, and the transactions and savepoints it opens, preparing what drizzle sends unnamed. */
function preparingStatements<T extends Client>(sql: T): T {
  const { unsafe, begin, savepoint } = sql as Client & { savepoint?: (...args: unknown[]) => Promise<unknown> };
  sql.unsafe = ((query: string, args?: unknown[], options?: object) =>
    unsafe(query, args as never, worthPreparing(args) ? { ...options, prepare: true } : options)) as Client['unsafe'];
  sql.begin = ((...args: unknown[]) => {
    const scoped = args.pop() as Scoped;
    return (begin as (...a: unknown[]) => Promise<unknown>)(...args, (tx: Client) => scoped(preparingStatements(tx)));
  }) as Client['begin'];
  if (savepoint) {
    (sql as { savepoint?: unknown }).savepoint = (...args: unknown[]) => {
      const scoped = args.pop() as Scoped;
      return savepoint(...args, (tx: Client) => scoped(preparingStatements(tx)));
    };
  }
  return sql;
}

export function closeDatabase(db: Database): Promise<void> {
  return db.$client.end();
}

// Pools per server process, kept on globalThis so dev-mode reloads do not open new ones.
const globalForDb = globalThis as unknown as { kundelikDb?: Database; kundelikStreamingDb?: Database };

/** Pages, actions and short route handlers: DATABASE_POOL_SIZE connections (lib/env.ts says why few). */
export function getDb(): Database {
  globalForDb.kundelikDb ??= createDatabase(getEnv().DATABASE_URL, { max: getEnv().DATABASE_POOL_SIZE });
  return globalForDb.kundelikDb;
}

/** Connections for downloads that read from the database while the reader's line takes the file. */
export const STREAMING_POOL_SIZE = 10;

/**
 * Downloads that hold a connection for as long as the reader takes the file (a cursor, a
 * transaction): their own pool, so a few slow readers never leave the pages without
 * connections, and the pages' few connections stay with the pages.
 */
export function getStreamingDb(): Database {
  globalForDb.kundelikStreamingDb ??= createDatabase(getEnv().DATABASE_URL, { max: STREAMING_POOL_SIZE });
  return globalForDb.kundelikStreamingDb;
}

export { schema };
