import type { DbExecutor } from '@/db';
import { sql } from 'drizzle-orm';

/**
 * Where an importer may load data: its authority and every organisation under it by the
 * parent_id chain. The one place the OneRoster import decides jurisdiction, so a change to the
 * tenant boundaries changes it here.
 */
export async function jurisdictionOf(db: DbExecutor, authorityId: number): Promise<Set<number>> {
  const rows = await db.execute<{ id: number }>(sql`
    with recursive tree(id) as (
      select id from organizations where id = ${authorityId}
      union
      select o.id from organizations o join tree t on o.parent_id = t.id
    )
    select id from tree`);
  return new Set(rows.map((r) => Number(r.id)));
}
