import { sql, type SQL } from 'drizzle-orm';
import { arrayLiteral, BULK_CHUNK_ROWS, type ColumnValue } from '@/db/bulk-insert';

/**
 * Journal writes take many rows at once (an import, the generator, a sign-in): each column goes
 * as ONE array parameter and is spread with unnest(), the way db/bulk-insert does, so a
 * statement can both insert the raw rows and update the rollups from them.
 */

/*
 * Rows that refer to lessons or marks look them up with `cross join lateral (… where id = x
 * offset 0)`: the fence keeps the planner from turning a batch of 20,000 rows into a hash join
 * over the whole (growing) lessons table, which made a city-sized import quadratic.
 */

export type ArrayColumn = { name: string; type: string; values: readonly ColumnValue[] };

/**
 * `unnest($1::int[], $2::date[]) as alias(a, b)` over the rows [from, to); with `ordinality`, a
 * last column of that name numbers the rows from 1 in input order.
 */
export function unnestRows(alias: string, columns: readonly ArrayColumn[], from: number, to: number, ordinality?: string): SQL {
  const arrays = columns.map((c) => sql`(${arrayLiteral(c.values, from, to)}::text)::${sql.raw(c.type)}[]`);
  const names = [...columns.map((c) => `"${c.name}"`), ...(ordinality ? [`"${ordinality}"`] : [])].join(', ');
  return sql`unnest(${sql.join(arrays, sql`, `)})${sql.raw(ordinality ? ' with ordinality' : '')} as ${sql.raw(alias)}(${sql.raw(names)})`;
}

/** Runs `write` for each chunk of rows [from, to) so no statement carries more than BULK_CHUNK_ROWS. */
export async function inChunks<T>(rowCount: number, write: (from: number, to: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let from = 0; from < rowCount; from += BULK_CHUNK_ROWS) {
    const part = await write(from, Math.min(rowCount, from + BULK_CHUNK_ROWS));
    for (const row of part) out.push(row);
  }
  return out;
}

export function column<R>(rows: readonly R[], name: string, type: string, value: (row: R) => ColumnValue): ArrayColumn {
  return { name, type, values: rows.map(value) };
}
