import { sql, type SQL } from 'drizzle-orm';

/**
 * SQL yielding a territory and every territory under it (a region with its districts and cities):
 * the area a jurisdiction, a filter or a bound covers. `root` yields one id, or null for no area.
 */
export function territoryAreaIds(root: SQL | number): SQL {
  return sql`(
    with recursive area(id) as (
      select ${root}::int
      union
      select t.id from territories t join area on t.parent_id = area.id
    )
    select id from area where id is not null
  )`;
}
