import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import { closeDatabase, createDatabase, type Database } from '../../db';

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
