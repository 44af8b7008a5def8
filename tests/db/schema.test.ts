import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organizations } from '@/db/schema';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();

describe('migrated schema', () => {
  it('has pg_trgm installed by the first migration', async () => {
    const rows = await db.execute<{ extname: string }>(sql`select extname from pg_extension where extname = 'pg_trgm'`);
    expect(rows.map((r) => r.extname)).toEqual(['pg_trgm']);
  });

  it('gives a new organisation every function on except e-applications, and the Astana time zone', async () => {
    const [org] = await db.insert(organizations).values({ kind: 'authority', fullName: 'Test', shortName: 'T' }).returning();
    expect(org!.timeZone).toBe('Asia/Almaty');
    expect(org!.functions.forums.enabled).toBe(true);
    expect(org!.functions.feedback.applications).toBe(false);
  });
});
