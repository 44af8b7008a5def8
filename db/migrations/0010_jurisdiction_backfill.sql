-- Hand-written (issue 11, item 2): the data backfill of 0009's organizations.jurisdiction_territory_id.
-- Until now an authority's own Localization territory also widened its reach. It keeps that
-- territory as its jurisdiction only where the installation gave it: no admin ever changed it on the
-- Localization page (no audit event 'organization.localization.update' touching territoryId), and
-- it lies inside the jurisdiction kept by the authority directly above (worked out top-down; a top
-- authority has none above). Every other authority reaches its own structure only until the
-- authority above sets a territory. Hand-added subordinate institutions outside the new reach stop
-- counting by the query itself (lib/organizations/subordinates.ts), so no override row is touched.
with recursive area(root, id) as (
  select id, id from territories
  union
  select a.root, t.id from territories t join area a on t.parent_id = a.id
), installed as (
  select o.id, o.territory_id from organizations o
  where o.kind = 'authority' and o.territory_id is not null
    and not exists (
      select 1 from audit_events e
      where e.organization_id = o.id and e.action = 'organization.localization.update' and e.changes -> 'territoryId' is not null
    )
), kept(id, jurisdiction) as (
  select o.id, i.territory_id from organizations o left join installed i on i.id = o.id
  where o.kind = 'authority' and o.parent_id is null
  union all
  select c.id, case when exists (select 1 from area where area.root = k.jurisdiction and area.id = i.territory_id) then i.territory_id end
  from organizations c join kept k on c.parent_id = k.id left join installed i on i.id = c.id
  where c.kind = 'authority'
)
update organizations o set jurisdiction_territory_id = kept.jurisdiction
from kept where kept.id = o.id and kept.jurisdiction is not null;
