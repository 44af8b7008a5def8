import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Database, getDb, getStreamingDb } from '@/db';
import { getEnv } from '@/lib/env';
import { testDatabaseAsApp } from './test-database';

/**
 * db/index.ts: the pages' pool is small on purpose (DATABASE_POOL_SIZE); downloads that hold a
 * connection while the reader takes the file (a cursor, a transaction) use their own pool, so
 * slow readers never leave the pages without a connection.
 */
await testDatabaseAsApp();

/** `count` downloads, each stopped inside its cursor as a slow reader leaves it. */
async function heldCursors(db: Database, count: number) {
  const cursors = Array.from({ length: count }, () => db.$client.unsafe('select generate_series(1, 100) as n').cursor(1)[Symbol.asyncIterator]());
  for (const cursor of cursors) await cursor.next();
  return { release: () => Promise.all(cursors.map((cursor) => cursor.return?.())) };
}

/** Whether a page's query is answered within a few seconds (it never is while it waits for a connection). */
async function pageAnswers(): Promise<boolean> {
  const query = getDb().execute(sql`select 1 as one`).then(() => true);
  return Promise.race([query, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000))]);
}

describe('database pools', () => {
  it('keeps the pages answering while as many downloads as the pages have connections hold theirs', async () => {
    const downloads = await heldCursors(getStreamingDb(), getEnv().DATABASE_POOL_SIZE);
    expect(await pageAnswers()).toBe(true);
    await downloads.release();
  });

  it('(the same downloads in the pages’ pool would leave every page waiting)', async () => {
    const downloads = await heldCursors(getDb(), getEnv().DATABASE_POOL_SIZE);
    const waiting = getDb().execute(sql`select 2 as two`);
    expect(await pageAnswers()).toBe(false);
    await downloads.release();
    expect(await waiting).toHaveLength(1);
  });
});
