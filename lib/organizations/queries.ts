import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberships, organizations, persons, territories, users } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import { effectiveSubordinateIds } from './subordinates';

export type OrganizationProfile = NonNullable<Awaited<ReturnType<typeof getOrganizationProfile>>>;

type Named = { nameKk: string; nameRu: string; nameEn: string };

/** Reference data (territories, types) carries a name per language. */
export function localName(row: Named, locale: Locale): string {
  return locale === 'ru' ? row.nameRu : locale === 'en' ? row.nameEn : row.nameKk;
}

/** The organisation with its territory, parent and count of the institutions it counts as subordinate. */
export async function getOrganizationProfile({ orgId, locale }: { orgId: number; locale: Locale }) {
  const db = getDb();
  const [row] = await db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      fullName: organizations.fullName,
      shortName: organizations.shortName,
      description: organizations.description,
      legalAddress: organizations.legalAddress,
      actualAddress: organizations.actualAddress,
      phones: organizations.phones,
      fax: organizations.fax,
      email: organizations.email,
      website: organizations.website,
      timeZone: organizations.timeZone,
      logoKey: organizations.logoKey,
      territoryKk: territories.nameKk,
      territoryRu: territories.nameRu,
      territoryEn: territories.nameEn,
      parentId: organizations.parentId,
      parentName: sql<string | null>`(select p.short_name from ${organizations} p where p.id = ${organizations.parentId})`,
      institutionCount: sql<number>`(select count(*)::int from ${effectiveSubordinateIds(orgId)} e)`,
    })
    .from(organizations)
    .leftJoin(territories, eq(territories.id, organizations.territoryId))
    .where(eq(organizations.id, orgId));
  if (!row) return null;
  const { territoryKk, territoryRu, territoryEn, ...rest } = row;
  return { ...rest, territory: territoryKk === null ? null : localName({ nameKk: territoryKk, nameRu: territoryRu ?? '', nameEn: territoryEn ?? '' }, locale) };
}

export type OrganizationPerson = Awaited<ReturnType<typeof getOrganizationLeaders>>[number];

const personColumns = {
  personId: persons.id,
  surname: persons.surname,
  name: persons.name,
  patronymic: persons.patronymic,
  userId: users.id,
  role: memberships.role,
  position: memberships.position,
};

/** Leaders first, then deputies; active memberships only. */
export async function getOrganizationLeaders({ orgId }: { orgId: number }) {
  return getDb()
    .select(personColumns)
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(and(eq(memberships.organizationId, orgId), isNull(memberships.archivedAt), inArray(memberships.role, ['leader', 'deputy', 'director'])))
    .orderBy(sql`case ${memberships.role} when 'leader' then 0 when 'director' then 0 else 1 end`, asc(persons.surname), asc(persons.name));
}

export async function getOrganizationAdministrators({ orgId }: { orgId: number }) {
  return getDb()
    .selectDistinctOn([persons.surname, persons.name, persons.id], personColumns)
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    .where(and(eq(memberships.organizationId, orgId), isNull(memberships.archivedAt), eq(memberships.isAdmin, true)))
    .orderBy(asc(persons.surname), asc(persons.name), asc(persons.id));
}

