import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { type Database, type DbExecutor, getDb } from '@/db';
import { builtOncePerPool } from '@/db/prepared';
import { memberships, organizations, persons, territories, users, type OrganizationKind } from '@/db/schema';
import { type LeaderView, listLeaders } from './leaders/queries';
import type { Locale } from '@/lib/i18n/routing';
import { orgAuthColumns, toOrgAuth } from '@/lib/auth/org-auth';
import { parseId } from '@/lib/ids';
import { effectiveSubordinateIds } from './subordinates/sets';
import { listedPersonColumns } from './person-columns';

export type OrganizationProfile = NonNullable<Awaited<ReturnType<typeof getOrganizationProfile>>>;
export type OrganizationSummary = ReturnType<typeof localizeSummary>;

type Named = { nameKk: string; nameRu: string; nameEn: string };

/** Reference data (territories, types) carries a name per language. */
export function localName(row: Named, locale: Locale): string {
  return locale === 'ru' ? row.nameRu : locale === 'en' ? row.nameEn : row.nameKk;
}

const profileColumns = {
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
};

function withTerritory<T extends { territoryKk: string | null; territoryRu: string | null; territoryEn: string | null }>(row: T, locale: Locale) {
  const { territoryKk, territoryRu, territoryEn, ...rest } = row;
  return { ...rest, territory: territoryKk === null ? null : localName({ nameKk: territoryKk, nameRu: territoryRu ?? '', nameEn: territoryEn ?? '' }, locale) };
}

// Every /org/{id} page reads it: built once (db/prepared.ts).
const summaryQuery = builtOncePerPool((db: Database) =>
  db
    .select({ auth: orgAuthColumns, profile: profileColumns, leadersEdited: sql<boolean>`${organizations.leadersEditedAt} is not null` })
    .from(organizations)
    .leftJoin(territories, eq(territories.id, organizations.territoryId))
    .where(eq(organizations.id, sql.placeholder('orgId')))
    .prepare('organization_summary'),
);

/**
 * The organisation as `can` sees it (lib/auth/org-auth.ts) and with its territory and parent —
 * what every /org/{id} page shows in its header and blocks — in one round trip. Without the
 * subordinate count, a recursive query only the Page tab shows. `leadersEdited` tells the leaders'
 * block which list it shows (./leaders-queries.ts) without another read.
 */
export async function loadOrganizationSummary(orgId: number) {
  if (parseId(String(orgId)) === null) return null;
  const [row] = await summaryQuery(getDb()).execute({ orgId });
  return row ? { auth: toOrgAuth(row.auth), profile: row.profile, leadersEdited: row.leadersEdited } : null;
}

export function localizeSummary(profile: NonNullable<Awaited<ReturnType<typeof loadOrganizationSummary>>>['profile'], locale: Locale) {
  return withTerritory(profile, locale);
}

/** The organisation with its territory, parent and count of the institutions it counts as subordinate. */
export async function getOrganizationProfile({ orgId, locale }: { orgId: number; locale: Locale }) {
  const [row] = await getDb()
    .select({ ...profileColumns, institutionCount: countSubordinateInstitutionsSql(orgId) })
    .from(organizations)
    .leftJoin(territories, eq(territories.id, organizations.territoryId))
    .where(eq(organizations.id, orgId));
  return row ? withTerritory(row, locale) : null;
}

function countSubordinateInstitutionsSql(orgId: number) {
  return sql<number>`(select count(*)::int from ${effectiveSubordinateIds(orgId)} e)`;
}

/**
 * How many institutions the organisation counts as subordinate (the Page tab's About block). Only an
 * authority has subordinate institutions (./subordinates/sets.ts): a school's count is 0 without a
 * statement (its plan alone cost PostgreSQL 0.6 ms a visit, issue 13).
 */
export async function countSubordinateInstitutions(org: { id: number; kind: OrganizationKind }): Promise<number> {
  if (org.kind !== 'authority') return 0;
  const [row] = await getDb().select({ n: countSubordinateInstitutionsSql(org.id) }).from(organizations).where(eq(organizations.id, org.id));
  return row?.n ?? 0;
}

/** A person listed on an organisation's page with their position (leaders, administrators). */
export type OrganizationPerson = LeaderView;

const personColumns = {
  ...listedPersonColumns,
  role: memberships.role,
  position: memberships.position,
};

/** The leaders' block (lib/organizations/leaders/commands.ts): the admins' list once edited, else the leader roles. */
/** `leadersEdited`: known from the organisation's summary (the signed-in pages), else read. */
export async function getOrganizationLeaders({ orgId, leadersEdited }: { orgId: number; leadersEdited?: boolean }): Promise<OrganizationPerson[]> {
  return listLeaders(getDb(), orgId, leadersEdited);
}

export async function getOrganizationAdministrators({ orgId }: { orgId: number }) {
  return listAdministrators(getDb(), orgId);
}

/** The organisation's administrators, each once, by name (the Page tab's block). */
export function listAdministrators(db: DbExecutor, orgId: number) {
  return db
    .selectDistinctOn([persons.surname, persons.name, persons.id], personColumns)
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(users, eq(users.personId, persons.id))
    // `is_admin` as written, not a value: so the statement matches memberships_org_admins_idx
    // (db/schema/people.ts) for any organisation, and PostgreSQL keeps one plan for it.
    .where(and(eq(memberships.organizationId, orgId), isNull(memberships.archivedAt), sql`${memberships.isAdmin}`))
    .orderBy(asc(persons.surname), asc(persons.name), asc(persons.id));
}

