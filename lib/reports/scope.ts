import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { sortByName } from '@/lib/i18n/collate';
import type { Locale } from '@/lib/i18n/routing';
import { effectiveSubordinateIds } from '@/lib/organizations/subordinates/sets';

/** What an authority's reports may read: its subordinate institutions and the territory around them. */

export type ScopeInstitution = {
  id: number;
  shortName: string;
  fullName: string;
  territoryId: number | null;
  /** The district or city the institution is in (a municipality of figure 18). */
  municipality: string;
  typeId: number | null;
  typeName: string;
};

export type ReportScope = {
  authority: { id: number; shortName: string; fullName: string; timeZone: string; regionName: string };
  institutions: ScopeInstitution[];
  districts: Array<{ id: number; name: string }>;
  types: Array<{ id: number; name: string }>;
};

const nameColumn = (locale: Locale, alias: string) => sql.raw(`${alias}.name_${locale}`);

/** null when the organisation is not an authority (an institution has no reports menu). */
export async function loadReportScope(db: Database, authorityId: number, locale: Locale): Promise<ReportScope | null> {
  // The authority's region, for its own row and for the districts' query.
  const region = sql`(select case when t.level = 'region' then t.id else t.parent_id end
    from organizations o left join territories t on t.id = o.territory_id where o.id = ${authorityId})`;
  const subordinates = effectiveSubordinateIds(authorityId);
  // Three reads side by side, each finding the subordinate set itself: one after the other (the
  // set's ids first) they were four round trips before every report page could start (issue 13).
  const [[authority], institutions, districts] = await Promise.all([
    db.execute<{ id: number; short_name: string; full_name: string; time_zone: string; region_name: string | null }>(sql`
      select o.id, o.short_name, o.full_name, o.time_zone,
        case when t.level = 'region' then ${nameColumn(locale, 't')} else ${nameColumn(locale, 'p')} end as region_name
      from organizations o
      left join territories t on t.id = o.territory_id
      left join territories p on p.id = t.parent_id
      where o.id = ${authorityId} and o.kind = 'authority'`),
    db.execute<{ id: number; short_name: string; full_name: string; territory_id: number | null; municipality: string | null; type_id: number | null; type_name: string | null }>(sql`
      select o.id, o.short_name, o.full_name, o.territory_id, ${nameColumn(locale, 't')} as municipality, o.institution_type_id as type_id, ${nameColumn(locale, 'it')} as type_name
      from organizations o
      left join territories t on t.id = o.territory_id
      left join institution_types it on it.id = o.institution_type_id
      where o.id in ${subordinates}
      order by t.name_kk nulls last, o.short_name, o.id`),
    db.execute<{ id: number; name: string }>(sql`
      select t.id, ${nameColumn(locale, 't')} as name from territories t
      where t.parent_id = ${region}
        or t.id in (select territory_id from organizations where id in ${subordinates} and territory_id is not null and territory_id is distinct from ${region})
      order by 1`),
  ]);
  if (!authority) return null;
  const types = new Map<number, string>();
  for (const i of institutions) if (i.type_id !== null) types.set(i.type_id, i.type_name ?? '');
  return {
    authority: {
      id: authority.id,
      shortName: authority.short_name,
      fullName: authority.full_name,
      timeZone: authority.time_zone,
      regionName: authority.region_name ?? '',
    },
    institutions: institutions.map((i) => ({
      id: i.id,
      shortName: i.short_name,
      fullName: i.full_name,
      territoryId: i.territory_id,
      municipality: i.municipality ?? '',
      typeId: i.type_id,
      typeName: i.type_name ?? '',
    })),
    // In the page's alphabet: SQL's order of these columns is the byte order (Ә, Қ after Я).
    districts: sortByName([...districts], locale, (d) => d.name),
    types: sortByName([...types].map(([id, name]) => ({ id, name })), locale, (t) => t.name),
  };
}
