import { count, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '@/db';
import { single } from './search-params';

/** Server-side pagination: a page number from the URL, never below 1 nor past the last page. */
export const DEFAULT_PAGE_SIZE = 20;

export function parsePage(value: string | string[] | undefined): number {
  const page = Number.parseInt(single(value) ?? '1', 10);
  return Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1;
}

export function pageWindow(page: number, pageSize = DEFAULT_PAGE_SIZE) {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

/**
 * A page size for Drizzle's `.limit()`, written into the statement instead of sent as a value.
 * PostgreSQL keeps one generic plan for a prepared statement only when it costs no more than the
 * plans for its values; for `limit $n` it guesses a tenth of the rows, so a list read in index
 * order (the People tab's) never got one and was planned again on every run (issue 13,
 * pg_stat_statements: 0.29 ms a request). Page sizes are constants of the code, so this adds no
 * statement per value. Drizzle writes an SQL chunk given to `limit()` as it is (pg-core's dialect
 * takes an object there; its type says only number or placeholder, hence the one cast, here).
 */
export function limitInStatement(pageSize: number): number {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > 10_000) throw new RangeError(`page size ${pageSize}`);
  return sql.raw(String(pageSize)) as unknown as number;
}

export function pageCount(total: number, pageSize = DEFAULT_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * A column that carries, on every row of a page, how many rows the query has in all
 * (`count(*) over ()`, counted before LIMIT): the page and its total in one statement instead of
 * two (issue 13: each statement costs its page ≈ 0.25 ms of the machine, half of it PostgreSQL's).
 */
export function totalOfAllRows() {
  return sql<number>`count(*) over ()`.mapWith(Number);
}

/**
 * A page read with totalOfAllRows: its rows without the column, and the total. A page past the
 * last one has no row to carry it: then `countAll` asks.
 */
export async function withTotal<R extends { total: number }>(rows: R[], offset: number, countAll: () => Promise<number>): Promise<{ items: Omit<R, 'total'>[]; total: number }> {
  const items = rows.map((row) => {
    const { total, ...rest } = row;
    void total;
    return rest;
  });
  if (rows.length > 0) return { items, total: rows[0]!.total };
  return { items, total: offset > 0 ? await countAll() : 0 };
}

/** How many rows of one table match `where`: a list's total beside its page, withTotal's `countAll`, or any such count. */
export async function countRows(db: DbExecutor, table: PgTable, where: SQL | undefined): Promise<number> {
  const [counted] = await db.select({ total: count() }).from(table).where(where);
  return counted?.total ?? 0;
}

/**
 * A page read with totalOfAllRows that shows a page asked past the last as the last (the forum's
 * lists): one statement for a page that has rows; past the last, the count and the last page.
 */
export async function pageOrLast<R extends { total: number }>(
  page: number,
  pageSize: number,
  read: (offset: number) => Promise<R[]>,
  countAll: () => Promise<number>,
): Promise<{ items: Omit<R, 'total'>[]; total: number; page: number }> {
  const offset = pageWindow(page, pageSize).offset;
  const asked = await withTotal(await read(offset), offset, countAll);
  const last = pageCount(asked.total, pageSize);
  if (page <= last) return { ...asked, page };
  const { items } = await withTotal(await read(pageWindow(last, pageSize).offset), 0, countAll);
  return { items, total: asked.total, page: last };
}
