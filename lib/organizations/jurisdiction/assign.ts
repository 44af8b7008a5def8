import { eq, sql } from 'drizzle-orm';
import type { DbTransaction } from '@/db/index';
import { organizations, territories } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import { jurisdictionSchema } from './schemas';
import { lowerAuthorityIds } from '../subordinates/sets';
import { territoryAreaIds } from './territory-area';

/**
 * An authority's jurisdiction: where its subordinate candidates come from (./subordinates.ts) —
 * its own structure always, and the institutions located in its jurisdiction territory when it
 * has one. Reach flows only downward: the territory is set by an admin of an authority above it
 * (through `can`, 'org.jurisdiction.manage') or at installation (the seed, `npm run
 * db:jurisdiction`), never by the organisation itself, and it always lies inside the jurisdiction
 * of the authority directly above — which lies inside the one above that, so inside the setter's.
 */

export type JurisdictionChange = {
  authorityId: number;
  territoryId: number | null;
  /** null: an installation command, not a user. */
  actorUserId: number | null;
  /** Whose audit log records it: the acting authority (or the changed one at installation). */
  organizationId: number;
};

const refuse = (key: string) => new ActionError('invalid', { territoryId: [key] });

/**
 * Sets an authority's jurisdiction territory. The territory must lie inside the jurisdiction of
 * the authority directly above (a top authority has none above: any known territory), and no
 * lower authority's own may be left outside it (narrow theirs first). The changed row is locked
 * for update and the one above for share, so a parent narrowing and a child widening at the same
 * time cannot both pass their checks.
 */
export async function assignJurisdiction(tx: DbTransaction, change: JurisdictionChange): Promise<{ changed: number }> {
  const [target] = await tx
    .select({ kind: organizations.kind, parentId: organizations.parentId, jurisdiction: organizations.jurisdictionTerritoryId })
    .from(organizations)
    .where(eq(organizations.id, change.authorityId))
    .for('update');
  if (!target || target.kind !== 'authority') throw new ActionError('Jurisdiction.not_lower');
  if (change.territoryId !== null) {
    if (target.parentId !== null) {
      const [above] = await tx.select({ jurisdiction: organizations.jurisdictionTerritoryId }).from(organizations).where(eq(organizations.id, target.parentId)).for('share');
      if (above?.jurisdiction == null || !(await isWithin(tx, change.territoryId, above.jurisdiction))) throw refuse('Jurisdiction.outside_own');
    } else if ((await tx.select({ id: territories.id }).from(territories).where(eq(territories.id, change.territoryId))).length === 0) {
      throw refuse('invalid');
    }
  }
  if (target.jurisdiction === change.territoryId) return { changed: 0 };
  const outside = sql`o.jurisdiction_territory_id is not null${change.territoryId === null ? sql`` : sql` and o.jurisdiction_territory_id not in ${territoryAreaIds(change.territoryId)}`}`;
  const wider = await tx.execute(sql`select o.id from organizations o where o.id in ${lowerAuthorityIds(change.authorityId)} and ${outside} limit 1`);
  if (wider.length > 0) throw refuse('Jurisdiction.lower_outside');
  await tx.update(organizations).set({ jurisdictionTerritoryId: change.territoryId }).where(eq(organizations.id, change.authorityId));
  await recordAudit(tx, {
    actorUserId: change.actorUserId,
    organizationId: change.organizationId,
    action: 'organization.jurisdiction.update',
    entity: 'organization',
    entityId: change.authorityId,
    changes: { jurisdictionTerritoryId: { from: target.jurisdiction, to: change.territoryId } },
  });
  return { changed: 1 };
}

async function isWithin(tx: DbTransaction, territoryId: number, areaRoot: number): Promise<boolean> {
  const rows = await tx.execute(sql`select 1 where ${territoryId}::int in ${territoryAreaIds(areaRoot)}`);
  return rows.length > 0;
}

/**
 * Settings → Lower authorities' jurisdiction: an admin of an authority sets the jurisdiction of an
 * authority under it (at any depth). Its own is not on the list: nobody sets their own.
 */
export const setLowerJurisdiction = command(jurisdictionSchema, 'org.jurisdiction.manage', async (db, input, { user }) =>
  db.transaction(async (tx) => {
    const lower = await tx.execute(sql`select 1 where ${input.authorityId}::int in ${lowerAuthorityIds(input.orgId)}`);
    if (lower.length === 0) throw new ActionError('Jurisdiction.not_lower');
    return assignJurisdiction(tx, { authorityId: input.authorityId, territoryId: input.territoryId, actorUserId: user.id, organizationId: input.orgId });
  }), { expires: (input) => [{ orgId: input.authorityId, scopes: ['structure', 'profile'] }] });
