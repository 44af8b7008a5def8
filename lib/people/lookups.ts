import 'server-only';
import type { DbExecutor } from '@/db';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { memberships, organizations, persons, users, type OrganizationKind } from '@/db/schema';

/** Small reads shared by the wizard, the edit form and the import. */

export type OrgBasics = { id: number; kind: OrganizationKind; timeZone: string; shortName: string };

export async function orgBasics(db: DbExecutor, orgId: number): Promise<OrgBasics | null> {
  const [org] = await db
    .select({ id: organizations.id, kind: organizations.kind, timeZone: organizations.timeZone, shortName: organizations.shortName })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return org ?? null;
}

export type PersonSummary = {
  personId: number;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string;
  email: string | null;
  userId: number | null;
};

const summaryColumns = {
  personId: persons.id,
  surname: persons.surname,
  name: persons.name,
  patronymic: persons.patronymic,
  birthDate: persons.birthDate,
  email: persons.email,
  userId: users.id,
};

/** The person who already holds this IIN, if any. */
export async function personByIin(db: DbExecutor, iin: string): Promise<PersonSummary | null> {
  const [row] = await db.select(summaryColumns).from(persons).leftJoin(users, eq(users.personId, persons.id)).where(eq(persons.iin, iin));
  return row ?? null;
}

export async function personById(db: DbExecutor, personId: number): Promise<PersonSummary | null> {
  const [row] = await db.select(summaryColumns).from(persons).leftJoin(users, eq(users.personId, persons.id)).where(eq(persons.id, personId));
  return row ?? null;
}

/** A registered user found by login or e-mail, either in any case. */
export async function userByAccount(db: DbExecutor, account: string): Promise<(PersonSummary & { userId: number }) | null> {
  const value = account.trim();
  const [row] = await db
    .select(summaryColumns)
    .from(users)
    .innerJoin(persons, eq(persons.id, users.personId))
    .where(or(sql`lower(${users.login}) = lower(${value})`, sql`lower(${users.email}) = lower(${value})`))
    .limit(1);
  return row ? { ...row, userId: row.userId! } : null;
}

/** Whether the person holds any active (not archived) membership in the organisation. */
export async function isActiveMember(db: DbExecutor, personId: number, orgId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.organizationId, orgId), isNull(memberships.archivedAt)))
    .limit(1);
  return row !== undefined;
}

export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('kk') === b.trim().toLocaleLowerCase('kk');
}
