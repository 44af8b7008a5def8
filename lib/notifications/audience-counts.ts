import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { memberships } from '@/db/schema';
import { type AudienceMasks, audienceLeaves, leafBit } from './audience';
import { leafCondition, networkMembershipCondition } from './network';

/**
 * Who the wizard's tree reaches, before publishing. One pass over the network's active
 * memberships gives each person a bit mask of the leaves they fall in; grouping people by mask
 * leaves a handful of rows. From those the page knows every leaf's count and the exact reach of
 * any choice (a person in several leaves counted once) without asking the database again.
 */
export async function audienceMasks(db: Database, authorityId: number): Promise<AudienceMasks> {
  const bits = audienceLeaves.map((l) => sql`case when ${leafCondition(authorityId, l)} then ${sql.raw(String(leafBit(l)))} else 0 end`);
  const rows = await db.execute<{ mask: number; people: number }>(sql`
    select mask, count(*)::int as people
    from (
      select ${memberships.personId}, bit_or(${sql.join(bits, sql` | `)}) as mask
      from ${memberships}
      where ${networkMembershipCondition(authorityId)}
      group by ${memberships.personId}
    ) per_person
    where mask <> 0
    group by mask`);
  return rows.map((r) => ({ mask: Number(r.mask), people: Number(r.people) }));
}
