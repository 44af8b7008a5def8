import { fillPlaceholders, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from './index';

/**
 * Queries that every page runs, built once instead of on every call.
 *
 * Why: drizzle turns a query into SQL text each time it runs — walking the query's parts, checking
 * each one's class, escaping names — ≈ 4 % of a loaded app server's time (issue 13's profile), most
 * of it for the few statements every page runs (the signed-in user, the inbox). Built once with
 * named placeholders, each call only fills in its values. PostgreSQL's side is unchanged:
 * db/index.ts prepares every statement with parameters once per connection either way.
 */

/** How db/index.ts's drizzle writes SQL (snake_case columns), for statements handed to postgres.js itself (also a cursor, lib/notifications/export.ts). */
export const dialect = new PgDialect({ casing: 'snake_case' });

/**
 * One drizzle prepared query (`….prepare(name)` with `sql.placeholder`s) per pool: `build` runs on
 * a pool's first call; later calls of that pool get the same query.
 */
export function builtOncePerPool<Q>(build: (db: Database) => Q): (db: Database) => Q {
  const built = new WeakMap<Database, Q>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

type Placeholders<V> = { [K in keyof V & string]: Placeholder<K> };
const placeholders = new Proxy({}, { get: (_, name) => sql.placeholder(String(name)) }) as Placeholders<Record<string, unknown>>;

/**
 * A raw statement (what `db.execute(sql`…`)` runs) built once: `build` writes it with a placeholder
 * for each value, and each call sends the same text with its values. The rows come back as
 * db.execute gives them.
 */
export function statementBuiltOnce<V extends Record<string, unknown>, Row extends Record<string, unknown>>(build: (p: Placeholders<V>) => SQL) {
  let query: { sql: string; params: unknown[] } | undefined;
  return (db: Database, values: V): Promise<Row[]> => {
    query ??= dialect.sqlToQuery(build(placeholders as Placeholders<V>));
    return db.$client.unsafe(query.sql, fillPlaceholders(query.params, values) as never[]) as unknown as Promise<Row[]>;
  };
}
