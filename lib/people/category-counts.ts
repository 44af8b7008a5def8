import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { peopleCategoryCounts } from '@/db/schema';
import type { PeopleNetwork } from './categories';
import { countPeopleCategories } from './directory';

/**
 * The People tab's category counts, counted once and kept until a membership changes (issue 13:
 * over a city's 300,000 people the count took 0.7 s on every visit). The counts are taken in one
 * repeatable-read transaction, whose snapshot is stored beside them; they are used while every
 * committed membership change (db/migrations-manual/people-counts.sql) is visible in that
 * snapshot, so no write — the People pages, imports, OneRoster, the seed — can leave them stale.
 */

/**
 * Counts older than this are counted again, and changes older than a day pruned: a change can be
 * pruned only once every stored snapshot already sees it, which holds while no membership-writing
 * transaction runs for longer than 23 hours.
 */
const MAX_AGE = sql`interval '1 hour'`;
const PRUNE_AFTER = sql`interval '1 day'`;

/** What the counts depend on besides the memberships: which organisations the categories cover. */
function networkDigest(network: PeopleNetwork): string {
  const shape = [network.orgKind, network.subAuthorities.map((s) => s.id), network.institutionIds];
  return createHash('sha256').update(JSON.stringify(shape)).digest('base64url');
}

export async function peopleCategoryCountsFor(db: Database, network: PeopleNetwork): Promise<Record<string, number>> {
  const digest = networkDigest(network);
  const [kept] = await db.execute<{ counts: Record<string, number> }>(sql`
    select c.counts from ${peopleCategoryCounts} c
    where c.organization_id = ${network.orgId} and c.network = ${digest} and c.computed_at > now() - ${MAX_AGE}
      and not exists (select 1 from membership_changes m where not pg_visible_in_snapshot(m.xid::text::xid8, c.snapshot::pg_snapshot))`);
  if (kept) return kept.counts;

  const fresh = await db.transaction(
    async (tx) => {
      const [at] = await tx.execute<{ snapshot: string; ms: number }>(sql`select pg_current_snapshot()::text as snapshot, extract(epoch from now())::float8 * 1000 as ms`);
      return { ...at!, counts: await countPeopleCategories(tx, network) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  // Written after the reading transaction (an upsert there could fail to serialise against another
  // visitor's); an older snapshot written over a newer one only costs a count again.
  await db
    .insert(peopleCategoryCounts)
    .values({ organizationId: network.orgId, network: digest, snapshot: fresh.snapshot, computedAt: new Date(fresh.ms), counts: fresh.counts })
    .onConflictDoUpdate({
      target: peopleCategoryCounts.organizationId,
      set: { network: digest, snapshot: fresh.snapshot, computedAt: new Date(fresh.ms), counts: fresh.counts },
    });
  await db.execute(sql`delete from membership_changes where changed_at < now() - ${PRUNE_AFTER}`);
  return fresh.counts;
}
