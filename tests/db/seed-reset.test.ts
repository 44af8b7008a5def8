import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { resetSeededData, SEEDED_TABLES, seedDemo } from '@/db/seed';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();

/** Rows of every table the seed fills. */
async function tableCounts(database: Database): Promise<Record<string, number>> {
  const [row] = await database.execute<Record<string, number>>(
    sql.raw(`select ${SEEDED_TABLES.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`),
  );
  return row!;
}

describe('npm run db:seed -- --reset', () => {
  it('reseeds a seeded, analysed database to the rows of a fresh seed, in about the same time', async () => {
    let began = performance.now();
    await seedDemo(db, { scale: 'demo' });
    const freshMs = performance.now() - began;
    const fresh = await tableCounts(db);
    // A database in use has its statistics (autovacuum): the reset must not depend on them.
    await db.execute(sql`analyze`);
    began = performance.now();
    await resetSeededData(db);
    expect(Object.values(await tableCounts(db)).every((n) => n === 0)).toBe(true);
    // Nothing of the old rows' statistics is left for the planner (the city seed's stall).
    const [stats] = await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stats where schemaname = 'public' and tablename = any(${`{${SEEDED_TABLES.join(',')}}`}::text[])`);
    expect(stats!.n).toBe(0);
    // …and autovacuum has nothing to do in them while the seed writes (vacuumed as empty tables),
    const [counts] = await db.execute<{ vacuumed: number; unknown: number }>(sql`
      select count(*) filter (where s.last_vacuum is not null)::int as vacuumed, count(*) filter (where c.reltuples < 0)::int as unknown
      from pg_stat_user_tables s join pg_class c on c.oid = s.relid where s.relname = any(${`{${SEEDED_TABLES.join(',')}}`}::text[])`);
    // …their size unknown again (-1), as a fresh table's, for the planner to read from their pages.
    expect(counts).toEqual({ vacuumed: SEEDED_TABLES.length, unknown: SEEDED_TABLES.length });
    await seedDemo(db, { scale: 'demo' });
    const againMs = performance.now() - began;
    expect(await tableCounts(db)).toEqual(fresh);
    expect(fresh.marks).toBeGreaterThan(0);
    console.log(`demo seed: fresh ${(freshMs / 1000).toFixed(1)} s, reset and seed ${(againMs / 1000).toFixed(1)} s`);
    // Loose (a shared machine): the issue saw a reset seed take many times a fresh one.
    expect(againMs).toBeLessThan(freshMs * 3);
  });
});
