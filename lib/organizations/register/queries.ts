import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/index';
import { auditEvents, institutionTypeGroups, institutionTypes, memberships, organizations, persons, territories } from '@/db/schema/index';
import { auditHistory } from '@/lib/audit/history';
import { STAFF_ROLES } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { countRows, limitInStatement, pageWindow, totalOfAllRows, withTotal } from '@/lib/pagination';
import { fullName } from '@/lib/people/full-name';
import { nameMatches } from '@/lib/people/name-search';
import { likePattern } from '@/lib/search-params';
import { localName } from '../queries';
import { REGISTER_PAGE_SIZE } from './schemas';
import { jurisdictionInstitutionIds, registerEntryIds } from '../subordinates/sets';
import { territoryAreaIds } from '../jurisdiction/territory-area';

/** What the register's pages read (lib/organizations/register/commands.ts writes). */

export type RegisterStatus = 'open' | 'closed';

const within = (authorityId: number) => sql`${organizations.id} in ${jurisdictionInstitutionIds(authorityId)}`;
const inRegister = (authorityId: number) => sql`${organizations.id} in ${registerEntryIds(authorityId)}`;

/** The institutions within the authority's jurisdiction and its lower authorities, open or closed, by name, a page at a time. */
export async function listRegister(db: Database, args: { authorityId: number; status: RegisterStatus; q: string; page: number; locale: Locale }) {
  const where = and(
    inRegister(args.authorityId),
    args.status === 'open' ? isNull(organizations.closedAt) : isNotNull(organizations.closedAt),
    args.q ? sql`lower(${organizations.shortName} || ' ' || ${organizations.fullName} || ' ' || ${organizations.shortNameRu} || ' ' || coalesce(${organizations.bin}, '')) like ${likePattern(args.q.toLowerCase())}` : undefined,
  );
  const { limit, offset } = pageWindow(args.page, REGISTER_PAGE_SIZE);
  const rows = await db
    .select({ id: organizations.id, kind: organizations.kind, shortName: organizations.shortName, bin: organizations.bin, closedAt: organizations.closedAt, typeKk: institutionTypes.nameKk, typeRu: institutionTypes.nameRu, typeEn: institutionTypes.nameEn, total: totalOfAllRows() })
    .from(organizations)
    .leftJoin(institutionTypes, eq(institutionTypes.id, organizations.institutionTypeId))
    .where(where)
    .orderBy(asc(organizations.shortName), asc(organizations.id))
    .limit(limitInStatement(limit))
    .offset(offset);
  // The page carries its total (lib/pagination.ts); a page past the last asks for it.
  const { items, total } = await withTotal(rows, offset, () => countRows(db, organizations, where));
  return {
    rows: items.map((r) => ({ id: r.id, kind: r.kind, shortName: r.shortName, bin: r.bin, closedAt: r.closedAt, typeName: r.typeKk === null ? '' : localName({ nameKk: r.typeKk, nameRu: r.typeRu!, nameEn: r.typeEn! }, args.locale) })),
    total,
  };
}

/** One organisation of the register (an institution or a lower authority), or null when it is not the authority's. */
export async function getRegisterEntry(db: Database, args: { authorityId: number; institutionId: number }) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, args.institutionId), inRegister(args.authorityId)));
  return row ?? null;
}

export type Option = { id: number; name: string };

/**
 * What an institution can be a branch of: the authority's open institutions but itself. Sent with
 * the form only for an entry that is a branch (to show its choice); otherwise the form asks
 * /api/org/{id}/register-mains when "branch" is chosen — at city scale 199 institutions were 16 KB
 * of every entry's page (issue 13).
 */
export async function registerMains(db: Database, args: { authorityId: number; institutionId: number | null }): Promise<Option[]> {
  return db
    .select({ id: organizations.id, name: organizations.shortName })
    .from(organizations)
    .where(and(within(args.authorityId), eq(organizations.kind, 'institution'), isNull(organizations.closedAt), args.institutionId === null ? undefined : sql`${organizations.id} <> ${args.institutionId}`))
    .orderBy(asc(organizations.shortName));
}

/** The institution's staff (members in a staff role, not archived): whom its head can be. */
const staffOf = (institutionId: number) => and(eq(memberships.organizationId, institutionId), isNull(memberships.archivedAt), inArray(memberships.role, [...STAFF_ROLES]));

/** How many staff members the head search answers with at most; the form asks to type more past it. */
export const HEAD_SEARCH_LIMIT = 20;

/**
 * The entry's head as the form shows it (null: the director), and whether it has staff to choose
 * from. The staff themselves are searched by name (registerHeads, GET /api/org/{id}/register-heads):
 * a city school's 125 were 16 KB of its entry's page (issue 13). A head who is no longer staff is
 * shown as none, as the select showed it.
 */
async function registerHeadChoice(db: Database, args: { institutionId: number; headPersonId: number | null }): Promise<{ head: Option | null; hasStaff: boolean }> {
  const [head, [any]] = await Promise.all([
    args.headPersonId === null
      ? Promise.resolve([])
      : db
          .select({ id: persons.id, surname: persons.surname, name: persons.name, patronymic: persons.patronymic })
          .from(memberships)
          .innerJoin(persons, eq(persons.id, memberships.personId))
          .where(and(staffOf(args.institutionId), eq(persons.id, args.headPersonId)))
          .limit(1),
    db.select({ id: memberships.id }).from(memberships).where(staffOf(args.institutionId)).limit(1),
  ]);
  const person = head[0];
  return { head: person ? { id: person.id, name: fullName(person) } : null, hasStaff: any !== undefined };
}

/** The institution's staff whose name has every word of `q` (all of them for none), by name, HEAD_SEARCH_LIMIT at most; `more` when others match too. */
export async function registerHeads(db: Database, args: { institutionId: number; q: string }): Promise<{ matches: Option[]; more: boolean }> {
  const rows = await db
    .selectDistinct({ id: persons.id, surname: persons.surname, name: persons.name, patronymic: persons.patronymic })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(staffOf(args.institutionId), nameMatches(args.q)))
    .orderBy(asc(persons.surname), asc(persons.name), asc(persons.patronymic), asc(persons.id))
    .limit(HEAD_SEARCH_LIMIT + 1);
  return { matches: rows.slice(0, HEAD_SEARCH_LIMIT).map((p) => ({ id: p.id, name: fullName(p) })), more: rows.length > HEAD_SEARCH_LIMIT };
}

/** The choices of the register's form: types by group, territories, institutions a branch may belong to (for a branch), the head. */
export async function registerFormOptions(db: Database, args: { authorityId: number; institutionId: number | null; headPersonId: number | null; locale: Locale; withMains: boolean }) {
  const [groups, types, places, mains, head] = await Promise.all([
    db.select().from(institutionTypeGroups).orderBy(asc(institutionTypeGroups.sortOrder), asc(institutionTypeGroups.id)),
    db.select().from(institutionTypes).orderBy(asc(institutionTypes.sortOrder), asc(institutionTypes.id)),
    db
      .select({ id: territories.id, kato: territories.katoCode, nameKk: territories.nameKk, nameRu: territories.nameRu, nameEn: territories.nameEn })
      .from(territories)
      .where(sql`${territories.id} in ${territoryAreaIds(sql`(select a.jurisdiction_territory_id from organizations a where a.id = ${args.authorityId})`)} or (select a.jurisdiction_territory_id from organizations a where a.id = ${args.authorityId}) is null`),
    args.withMains ? registerMains(db, args) : Promise.resolve(null),
    args.institutionId === null ? Promise.resolve({ head: null, hasStaff: false }) : registerHeadChoice(db, { institutionId: args.institutionId, headPersonId: args.headPersonId }),
  ]);
  return {
    types: groups.map((g) => ({ name: localName(g, args.locale), types: types.filter((t) => t.groupId === g.id).map((t) => ({ id: t.id, name: localName(t, args.locale) })) })),
    territories: places.map((p) => ({ id: p.id, name: `${localName(p, args.locale)} (${p.kato})` })).sort((a, b) => a.name.localeCompare(b.name, args.locale)),
    mains,
    ...head,
  };
}

/** The institution's change history: every audit event about it (the register's and its own settings'). */
export function getRegisterHistory(db: Database, args: { institutionId: number; page: number }) {
  return auditHistory(db, and(eq(auditEvents.entity, 'organization'), eq(auditEvents.entityId, String(args.institutionId))), args.page);
}
