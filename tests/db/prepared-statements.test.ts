import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase } from '@/db';
import { persons } from '@/db/schema';
import { useTestDatabase } from './test-database';

/**
 * db/index.ts: the pool prepares every statement with parameters once per connection, also in
 * transactions and savepoints (drizzle alone prepares only named queries: PostgreSQL planned the
 * rest on every request). DATABASE_PREPARE=off (a pooler in transaction mode) prepares none.
 */
const { url } = await useTestDatabase();
const prepared = createDatabase(url, { max: 1, prepare: true });
const unprepared = createDatabase(url, { max: 1, prepare: false });
afterAll(async () => {
  await closeDatabase(prepared);
  await closeDatabase(unprepared);
});

type Db = typeof prepared;
/** The statements this connection keeps, by the marker each test puts in its query. */
async function kept(db: Db | Parameters<Parameters<Db['transaction']>[0]>[0], marker: string): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_prepared_statements where statement like ${`%${marker}%`} and statement not like '%pg_prepared_statements%'`);
  return row!.n;
}

describe('prepared statements', () => {
  it('are kept for a query builder select and a raw statement with parameters, once however often they run', async () => {
    for (let i = 0; i < 3; i++) {
      await prepared.select({ id: persons.id }).from(persons).where(eq(persons.id, i)).limit(1);
      await prepared.execute(sql`select ${i}::int as marker_raw`);
    }
    expect(await kept(prepared, '"persons"')).toBe(1);
    expect(await kept(prepared, 'marker_raw')).toBe(1);
  });

  it('are kept inside a transaction and a savepoint', async () => {
    await prepared.transaction(async (tx) => {
      await tx.execute(sql`select ${1}::int as marker_tx`);
      await tx.transaction(async (inner) => {
        await inner.execute(sql`select ${2}::int as marker_savepoint`);
      });
      expect(await kept(tx, 'marker_tx')).toBe(1);
      expect(await kept(tx, 'marker_savepoint')).toBe(1);
    });
  });

  it('are not kept for a bulk statement: an array of rows is planned for its own length each time', async () => {
    const ids = `{${Array.from({ length: 2000 }, (_, i) => i).join(',')}}`;
    for (let i = 0; i < 6; i++) {
      const [row] = await prepared.execute<{ n: number }>(sql`select count(*)::int as n from unnest((${ids}::text)::int[]) as marker_bulk`);
      expect(row!.n).toBe(2000);
    }
    expect(await kept(prepared, 'marker_bulk')).toBe(0);
    // A generic plan would assume ten rows; the statement's own plan counts them.
    const [plan] = await prepared.execute<{ 'QUERY PLAN': string }>(sql`explain select * from unnest((${ids}::text)::int[]) as marker_bulk_plan`);
    expect(plan!['QUERY PLAN']).toContain('rows=2000');
  });

  it('are not kept when switched off', async () => {
    await unprepared.execute(sql`select ${1}::int as marker_off`);
    await unprepared.select({ id: persons.id }).from(persons).where(eq(persons.id, 1));
    expect(await kept(unprepared, 'marker_off')).toBe(0);
    expect(await kept(unprepared, '"persons"')).toBe(0);
  });
});
