import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/index';
import { organizations, territories } from '@/db/schema/index';
import type { Locale } from '@/lib/i18n/routing';
import { lowerAuthorityIds } from '../subordinates/sets';
import { localName } from '../queries';
import { territoryAreaIds } from './territory-area';

export type JurisdictionOption = { id: number; name: string; depth: number };
export type LowerAuthorityRow = {
  id: number;
  shortName: string;
  /** The authority directly above, when it is not the one whose page this is. */
  parentName: string | null;
  territoryId: number | null;
  /** The territories it may be given: the jurisdiction of the authority directly above, as a tree. */
  options: JurisdictionOption[];
};

/**
 * What Settings → Lower authorities' jurisdiction shows: the authority's own jurisdiction and every
 * authority under it with its jurisdiction and the territories it may be given.
 */
export async function lowerAuthoritiesJurisdiction(db: Database, args: { authorityId: number; locale: Locale }) {
  const [own] = await db.select({ jurisdiction: organizations.jurisdictionTerritoryId }).from(organizations).where(eq(organizations.id, args.authorityId));
  const ownTerritory = own?.jurisdiction ?? null;
  const [lower, area] = await Promise.all([
    db
      .select({ id: organizations.id, shortName: organizations.shortName, parentId: organizations.parentId, territoryId: organizations.jurisdictionTerritoryId })
      .from(organizations)
      .where(sql`${organizations.id} in ${lowerAuthorityIds(args.authorityId)}`)
      .orderBy(asc(organizations.shortName), asc(organizations.id)),
    // Everything any of them may be given lies inside this authority's own jurisdiction.
    ownTerritory === null ? [] : db.select().from(territories).where(sql`${territories.id} in ${territoryAreaIds(ownTerritory)}`),
  ]);
  const byId = new Map(area.map((t) => [t.id, t]));
  const children = new Map<number, typeof area>();
  for (const t of area) if (t.parentId !== null) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
  const tree = (rootId: number | null): JurisdictionOption[] => {
    const root = rootId === null ? undefined : byId.get(rootId);
    if (!root) return [];
    const walk = (t: (typeof area)[number], depth: number): JurisdictionOption[] => [
      { id: t.id, name: localName(t, args.locale), depth },
      ...(children.get(t.id) ?? []).sort((a, b) => localName(a, args.locale).localeCompare(localName(b, args.locale), args.locale)).flatMap((c) => walk(c, depth + 1)),
    ];
    return walk(root, 0);
  };
  const jurisdictionOf = new Map<number, number | null>([[args.authorityId, ownTerritory], ...lower.map((l) => [l.id, l.territoryId] as const)]);
  const names = new Map(lower.map((l) => [l.id, l.shortName]));
  return {
    own: ownTerritory === null ? null : tree(ownTerritory)[0]!.name,
    lower: lower.map(
      (l): LowerAuthorityRow => ({
        id: l.id,
        shortName: l.shortName,
        parentName: l.parentId === args.authorityId || l.parentId === null ? null : (names.get(l.parentId) ?? null),
        territoryId: l.territoryId,
        options: tree(l.parentId === null ? null : (jurisdictionOf.get(l.parentId) ?? null)),
      }),
    ),
  };
}
