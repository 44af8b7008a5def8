import { sql, type SQL } from 'drizzle-orm';
import type { DbTransaction } from './index';

/**
 * Fast multi-row inserts for the big tables: one statement per chunk of rows, each column sent
 * as ONE text parameter holding a PostgreSQL array literal and spread with unnest(). That keeps
 * the per-row work in JavaScript to building strings (no per-value parameter objects) and lets
 * a statement carry 20,000 rows instead of the ~5,000 the 65,535-parameter limit allows.
 */

export type ColumnValue = string | number | boolean | null;

/** A column: its SQL name, its SQL type (for the array cast) and one value per row. */
export type BulkColumn = { name: string; type: string; values: readonly ColumnValue[] };

export const BULK_CHUNK_ROWS = 20_000;

/** `{"a","b\"c",NULL,3,true}`: an array literal PostgreSQL parses back exactly. */
export function arrayLiteral(values: readonly ColumnValue[], from = 0, to = values.length): string {
  const parts: string[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const value = values[i];
    parts[i - from] =
      value === null || value === undefined ? 'NULL' : typeof value === 'string' ? `"${value.replace(/[\\"]/g, '\\$&')}"` : String(value);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Inserts all rows in chunks; with `returning`, gives back those columns of every inserted row
 * in insert order.
 */
/** Ids as a PostgreSQL array literal, each once, for `= any(…::int[])` (or `::bigint[]`). */
export function idList(ids: Iterable<number>): string {
  return arrayLiteral([...new Set(ids)]);
}

export async function bulkInsert<R extends Record<string, unknown> = Record<string, never>>(
  tx: DbTransaction,
  table: string,
  columns: readonly BulkColumn[],
  returning?: string[],
): Promise<R[]> {
  const rowCount = columns[0]?.values.length ?? 0;
  if (columns.some((c) => c.values.length !== rowCount)) throw new Error(`bulkInsert into ${table}: columns differ in length`);
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
  const out: R[] = [];
  for (let from = 0; from < rowCount; from += BULK_CHUNK_ROWS) {
    const to = Math.min(rowCount, from + BULK_CHUNK_ROWS);
    const arrays: SQL[] = columns.map((c) => sql`(${arrayLiteral(c.values, from, to)}::text)::${sql.raw(c.type)}[]`);
    const returningClause = returning ? sql.raw(` returning ${returning.map((r) => `"${r}"`).join(', ')}`) : sql``;
    const rows = await tx.execute<R>(
      sql`insert into ${sql.identifier(table)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})${returningClause}`,
    );
    if (returning) for (const row of rows) out.push(row as R);
  }
  return out;
}
