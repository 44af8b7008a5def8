import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import { closeDatabase, createDatabase, type Database, getDb } from '../../db';

/**
 * A fresh database cloned from the migrated template, dropped after the file's tests.
 * Call once at the top of a test file.
 */
export async function useTestDatabase(): Promise<{ db: Database; url: string }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject('pgTemplateDb')}`);
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const db = createDatabase(url, { max: 4 });
  afterAll(async () => {
    await closeDatabase(db);
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return { db, url };
}

/**
 * The same, also as the app's own pool (getDb), for tests that call server actions and route
 * code directly; that pool is closed after the file's tests, before the database is dropped.
 */
export async function testDatabaseAsApp(): Promise<{ db: Database; url: string }> {
  const database = await useTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= 'test-secret-0123456789abcdef';
  const pools = globalThis as { kundelikDb?: Database; kundelikStreamingDb?: Database };
  pools.kundelikDb = undefined;
  pools.kundelikStreamingDb = undefined;
  afterAll(async () => {
    await closeDatabase(getDb());
    if (pools.kundelikStreamingDb) await closeDatabase(pools.kundelikStreamingDb);
  });
  return database;
}
