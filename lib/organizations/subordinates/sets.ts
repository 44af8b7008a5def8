import { sql, type SQL } from 'drizzle-orm';
import type { Database, DbExecutor } from '@/db/index';
import { territoryAreaIds } from '../jurisdiction/territory-area';

/**
 * Which institutions an authority counts as subordinate (F-4.7, F-4.8): the one definition that
 * reports, notifications, People, Structure and the settings lists use.
 *
 * The candidates ("the network") are the institutions under the authority — by the parent chain
 * (also through lower authorities) or by place: inside its jurisdiction territory, which the
 * authority above it or the installation set (./jurisdiction.ts). Never by its own Localization
 * territory, which its own admins choose: an organisation cannot widen its own reach. Of the
 * candidates, those whose type the authority chose (subordinate_types) count, minus the ones it
 * excluded by hand, plus the ones it added by hand (subordinate_overrides), whatever their type —
 * but only while they are candidates, so a hand-made addition never outlives the reach it was
 * made in. A closed institution (the register's "close") is no candidate of anyone's.
 */

/**
 * SQL yielding the ids of every institution within the authority's jurisdiction, closed ones
 * too: the ones its register (./register.ts) may edit, close and reopen.
 */
export function jurisdictionInstitutionIds(authorityId: number): SQL {
  const jurisdiction = sql`(select a.jurisdiction_territory_id from organizations a where a.id = ${authorityId} and a.kind = 'authority')`;
  return sql`(
    with recursive network(id) as (
      select c.id from organizations c where c.parent_id = ${authorityId}
      union
      select c.id from organizations c join network n on c.parent_id = n.id
    )
    select i.id from organizations i
    where i.kind = 'institution' and i.id <> ${authorityId}
      and (i.id in (select id from network) or i.territory_id in ${territoryAreaIds(jurisdiction)})
  )`;
}

/**
 * SQL yielding the authorities under an authority (children, their children …), not itself, by
 * the parent chain (a city department's district departments), closed ones too: the register's
 * "subordinate organisations" (./register.ts) and the ones whose jurisdiction it sets (./jurisdiction.ts).
 */
export function lowerAuthorityIds(authorityId: number): SQL {
  return sql`(
    with recursive lower_authorities(id) as (
      select c.id from organizations c where c.parent_id = ${authorityId} and c.kind = 'authority'
      union
      select c.id from organizations c join lower_authorities l on c.parent_id = l.id where c.kind = 'authority'
    )
    select id from lower_authorities
  )`;
}

/** SQL yielding every organisation of the authority's register: its institutions and its lower authorities. */
export function registerEntryIds(authorityId: number): SQL {
  return sql`(select id from ${jurisdictionInstitutionIds(authorityId)} as i union select id from ${lowerAuthorityIds(authorityId)} as a)`;
}

/** SQL yielding the ids of the authority's candidate institutions: those within its jurisdiction and not closed. */
export function subordinateCandidateIds(authorityId: number): SQL {
  return sql`(select c.id from organizations c where c.id in ${jurisdictionInstitutionIds(authorityId)} and c.closed_at is null)`;
}

/** SQL yielding the ids of the authority's effective subordinate institutions: THE query. */
export function effectiveSubordinateIds(authorityId: number): SQL {
  return sql`(
    select i.id from organizations i
    where i.id in ${subordinateCandidateIds(authorityId)} and (
      exists (select 1 from subordinate_overrides o where o.authority_id = ${authorityId} and o.institution_id = i.id and o.included)
      or (
        i.institution_type_id in (select st.institution_type_id from subordinate_types st where st.authority_id = ${authorityId})
        and not exists (select 1 from subordinate_overrides o where o.authority_id = ${authorityId} and o.institution_id = i.id and not o.included)
      )
    )
  )`;
}

/** The ids of the authority's subordinate institutions, in id order: the People tab's institution categories. */
export async function subordinateInstitutionIds(db: DbExecutor, authorityId: number): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(sql`select eff.id from ${effectiveSubordinateIds(authorityId)} as eff order by eff.id`);
  return rows.map((r) => Number(r.id));
}

export type SubordinateInstitution = { id: number; shortName: string; fullName: string; institutionTypeId: number | null; territoryId: number | null };

/** The effective subordinate institutions of an authority, by name. */
export async function listEffectiveSubordinateInstitutions(db: DbExecutor, authorityId: number): Promise<SubordinateInstitution[]> {
  const rows = await db.execute<{ id: number; short_name: string; full_name: string; institution_type_id: number | null; territory_id: number | null }>(sql`
    select o.id, o.short_name, o.full_name, o.institution_type_id, o.territory_id
    from organizations o
    where o.id in ${effectiveSubordinateIds(authorityId)}
    order by o.short_name, o.id`);
  return [...rows].map((r) => ({ id: r.id, shortName: r.short_name, fullName: r.full_name, institutionTypeId: r.institution_type_id, territoryId: r.territory_id }));
}

/** How many institutions the authority counts as subordinate. */
export async function countEffectiveSubordinateInstitutions(db: Database, authorityId: number): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${effectiveSubordinateIds(authorityId)} e`);
  return row?.n ?? 0;
}
