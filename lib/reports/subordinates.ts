import { sql } from 'drizzle-orm';
import type { Database } from '@/db';

/**
 * The institutions an authority reports on. Until the settings issue's "effective subordinate
 * institutions" query lands in lib/organizations, this is the one place that decides it: the
 * institutions whose parent is the authority, of a type the authority counts as subordinate
 * (F-4.8; every type when none is chosen), minus those it excluded by hand, plus those it added
 * (F-4.7). Swap the body for the lib/organizations query when it exists; nothing else changes.
 */
export async function subordinateInstitutionIds(db: Database, authorityId: number): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(sql`
    select o.id from organizations o
    where o.kind = 'institution' and (
      (
        o.parent_id = ${authorityId}
        and (
          not exists (select 1 from subordinate_types t where t.authority_id = ${authorityId})
          or o.institution_type_id in (select t.institution_type_id from subordinate_types t where t.authority_id = ${authorityId})
        )
        and not exists (select 1 from subordinate_overrides x where x.authority_id = ${authorityId} and x.institution_id = o.id and not x.included)
      )
      or exists (select 1 from subordinate_overrides x where x.authority_id = ${authorityId} and x.institution_id = o.id and x.included)
    )
    order by o.id`);
  return rows.map((r) => r.id);
}
