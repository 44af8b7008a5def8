import 'server-only';
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/index';
import { institutionTypeGroups, institutionTypes, organizations, subordinateOverrides, subordinateTypes, territories } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';
import { recordAudit } from '@/lib/audit/record';
import { command } from '@/lib/command';
import type { Locale } from '@/lib/i18n/routing';
import { limitInStatement, pageWindow, totalOfAllRows, withTotal } from '@/lib/pagination';
import { likePattern } from '@/lib/search-params';
import { localName } from '../queries';
import { moveSubordinatesSchema, type SubordinateFilters, SUBORDINATES_PAGE_SIZE, subordinateTypesSchema } from './schemas';
import { effectiveSubordinateIds, subordinateCandidateIds } from './sets';
import { territoryAreaIds } from '../jurisdiction/territory-area';

/** F-4.7's two lists: "Subordinate" (effective) and "Excluded" (candidates that do not count). */
export type SubordinateSide = 'subordinate' | 'excluded';

function filterConditions(authorityId: number, side: SubordinateSide, filters: SubordinateFilters): SQL[] {
  const conditions: SQL[] = [eq(organizations.kind, 'institution')];
  if (side === 'subordinate') conditions.push(sql`${organizations.id} in ${effectiveSubordinateIds(authorityId)}`);
  else conditions.push(sql`${organizations.id} in ${subordinateCandidateIds(authorityId)} and ${organizations.id} not in ${effectiveSubordinateIds(authorityId)}`);
  if (filters.q) conditions.push(sql`lower(${organizations.shortName} || ' ' || ${organizations.fullName}) like ${likePattern(filters.q.toLowerCase())}`);
  if (filters.type) conditions.push(eq(organizations.institutionTypeId, filters.type));
  if (filters.group) conditions.push(eq(institutionTypes.groupId, filters.group));
  if (filters.territory) {
    conditions.push(sql`${organizations.territoryId} in ${territoryAreaIds(filters.territory)}`);
  }
  return conditions;
}

export async function listSubordinateSide(db: Database, args: { authorityId: number; side: SubordinateSide; filters: SubordinateFilters; page: number; locale: Locale }) {
  const where = and(...filterConditions(args.authorityId, args.side, args.filters));
  // The page carries its total (lib/pagination.ts), as the other lists read theirs.
  const { limit, offset } = pageWindow(args.page, SUBORDINATES_PAGE_SIZE);
  const rows = await db
    .select({
      id: organizations.id,
      shortName: organizations.shortName,
      fullName: organizations.fullName,
      typeKk: institutionTypes.nameKk,
      typeRu: institutionTypes.nameRu,
      typeEn: institutionTypes.nameEn,
      territoryKk: territories.nameKk,
      territoryRu: territories.nameRu,
      territoryEn: territories.nameEn,
      total: totalOfAllRows(),
    })
    .from(organizations)
    .leftJoin(institutionTypes, eq(institutionTypes.id, organizations.institutionTypeId))
    .leftJoin(territories, eq(territories.id, organizations.territoryId))
    .where(where)
    .orderBy(asc(organizations.shortName), asc(organizations.id))
    .limit(limitInStatement(limit))
    .offset(offset);
  const { items, total } = await withTotal(rows, offset, async () => {
    const [counted] = await db.select({ total: count() }).from(organizations).leftJoin(institutionTypes, eq(institutionTypes.id, organizations.institutionTypeId)).where(where);
    return counted?.total ?? 0;
  });
  const name = (kk: string | null, ru: string | null, en: string | null) => (kk === null ? null : localName({ nameKk: kk, nameRu: ru ?? kk, nameEn: en ?? kk }, args.locale));
  return {
    rows: items.map((r) => ({ id: r.id, name: r.shortName, fullName: r.fullName, typeName: name(r.typeKk, r.typeRu, r.typeEn), territoryName: name(r.territoryKk, r.territoryRu, r.territoryEn) })),
    total,
  };
}

/** The choices of the filters: every type and group, and the territories the candidates are in. */
export async function subordinateFilterOptions(db: Database, args: { authorityId: number; locale: Locale }) {
  const [groups, types, places] = await Promise.all([
    db.select().from(institutionTypeGroups).orderBy(asc(institutionTypeGroups.sortOrder), asc(institutionTypeGroups.id)),
    db.select().from(institutionTypes).orderBy(asc(institutionTypes.sortOrder), asc(institutionTypes.id)),
    db
      .selectDistinct({ id: territories.id, nameKk: territories.nameKk, nameRu: territories.nameRu, nameEn: territories.nameEn })
      .from(territories)
      .innerJoin(organizations, eq(organizations.territoryId, territories.id))
      .where(sql`${organizations.id} in ${subordinateCandidateIds(args.authorityId)}`),
  ]);
  return {
    groups: groups.map((g) => ({ id: g.id, name: localName(g, args.locale) })),
    types: types.map((t) => ({ id: t.id, groupId: t.groupId, name: localName(t, args.locale) })),
    territories: places.map((p) => ({ id: p.id, name: localName(p, args.locale) })).sort((a, b) => a.name.localeCompare(b.name, args.locale)),
  };
}

/**
 * Moves checked institutions between the lists, keeping as few hand-made exceptions as possible:
 * excluding one whose type is chosen records an exclusion, excluding a hand-added one removes the
 * addition; adding works the other way round. Rows not on the list they were moved from (another
 * admin moved them meanwhile) are left alone.
 */
/** Which institutions are subordinate shows on the Structure tab and in the Page tab's count. */
const structureAndCount = { expires: ['structure' as const, 'profile' as const] };

export const moveSubordinates = command(moveSubordinatesSchema, 'org.settings.edit', async (db, input, { user }) => {
  const authorityId = input.orgId;
  return db.transaction(async (tx) => {
    const from: SubordinateSide = input.direction === 'exclude' ? 'subordinate' : 'excluded';
    const movable = await tx
      .select({ id: organizations.id, typeId: organizations.institutionTypeId })
      .from(organizations)
      .leftJoin(institutionTypes, eq(institutionTypes.id, organizations.institutionTypeId))
      .where(and(inArray(organizations.id, input.institutionIds), ...filterConditions(authorityId, from, { q: '' })));
    if (movable.length === 0) throw new ActionError('Subordinates.nothing_to_move');
    const chosen = new Set((await tx.select({ id: subordinateTypes.institutionTypeId }).from(subordinateTypes).where(eq(subordinateTypes.authorityId, authorityId))).map((r) => r.id));
    const byType = (wanted: boolean) => movable.filter((m) => (m.typeId !== null && chosen.has(m.typeId)) === wanted).map((m) => m.id);
    // exclude: chosen type → exclusion row; hand-added → drop the row. add: the reverse.
    const record = input.direction === 'exclude' ? byType(true) : byType(false);
    const drop = input.direction === 'exclude' ? byType(false) : byType(true);
    if (drop.length) await tx.delete(subordinateOverrides).where(and(eq(subordinateOverrides.authorityId, authorityId), inArray(subordinateOverrides.institutionId, drop)));
    if (record.length) {
      const included = input.direction === 'add';
      await tx
        .insert(subordinateOverrides)
        .values(record.map((institutionId) => ({ authorityId, institutionId, included })))
        .onConflictDoUpdate({ target: [subordinateOverrides.authorityId, subordinateOverrides.institutionId], set: { included } });
    }
    const moved = movable.map((m) => m.id).sort((a, b) => a - b);
    await recordAudit(tx, { actorUserId: user.id, organizationId: authorityId, action: `organization.subordinates.${input.direction}`, entity: 'organization', entityId: authorityId, changes: { institutionIds: { from: null, to: moved } } });
    return { moved: moved.length };
  });
}, structureAndCount);

/** F-4.8: replaces the chosen institution types; unknown ids are refused. */
export const saveSubordinateTypes = command(subordinateTypesSchema, 'org.settings.edit', async (db, input, { user }) => {
  return db.transaction(async (tx) => {
    const known = input.typeIds.length ? await tx.select({ id: institutionTypes.id }).from(institutionTypes).where(inArray(institutionTypes.id, input.typeIds)) : [];
    if (known.length !== input.typeIds.length) throw new ActionError('invalid', { typeIds: ['invalid'] });
    const before = (await tx.select({ id: subordinateTypes.institutionTypeId }).from(subordinateTypes).where(eq(subordinateTypes.authorityId, input.orgId)).for('update'))
      .map((r) => r.id)
      .sort((a, b) => a - b);
    const after = [...input.typeIds].sort((a, b) => a - b);
    if (JSON.stringify(before) === JSON.stringify(after)) return { changed: 0 };
    await tx.delete(subordinateTypes).where(eq(subordinateTypes.authorityId, input.orgId));
    if (after.length) await tx.insert(subordinateTypes).values(after.map((institutionTypeId) => ({ authorityId: input.orgId, institutionTypeId })));
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: 'organization.subordinate_types.update', entity: 'organization', entityId: input.orgId, changes: { typeIds: { from: before, to: after } } });
    return { changed: 1 };
  });
}, structureAndCount);

/** F-4.8's form: the groups with their types, and which types the authority chose. */
export async function subordinateTypesForm(db: Database, args: { authorityId: number; locale: Locale }) {
  const [groups, types, chosen] = await Promise.all([
    db.select().from(institutionTypeGroups).orderBy(asc(institutionTypeGroups.sortOrder), asc(institutionTypeGroups.id)),
    db.select().from(institutionTypes).orderBy(asc(institutionTypes.sortOrder), asc(institutionTypes.id)),
    db.select({ id: subordinateTypes.institutionTypeId }).from(subordinateTypes).where(eq(subordinateTypes.authorityId, args.authorityId)),
  ]);
  const ticked = new Set(chosen.map((c) => c.id));
  return groups.map((g) => ({
    id: g.id,
    name: localName(g, args.locale),
    types: types.filter((t) => t.groupId === g.id).map((t) => ({ id: t.id, name: localName(t, args.locale), chosen: ticked.has(t.id) })),
  }));
}
