import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { effectiveSubordinateIds } from '@/lib/organizations/subordinates';

/** The institutions an authority reports on: the effective subordinate set of F-4.7/F-4.8. */
export async function subordinateInstitutionIds(db: Database, authorityId: number): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(sql`select eff.id from ${effectiveSubordinateIds(authorityId)} as eff order by eff.id`);
  return rows.map((r) => Number(r.id));
}
