import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { memberships, notificationRecipients, organizations, persons, users, type MembershipRole } from '@/db/schema';
import { orderRoles } from '@/lib/people/categories';
import { limitInStatement, pageWindow } from '@/lib/pagination';
import { networkMembershipCondition } from './network';

/**
 * "Who has read it" and "not yet": one page of a notification's recipients, each with the
 * organisations and roles they hold in the authority's network now.
 */

export const RECIPIENTS_PAGE_SIZE = 50;

export type RecipientList = 'readers' | 'pending';

export type RecipientRow = {
  personId: number;
  surname: string;
  name: string;
  patronymic: string | null;
  userId: number | null;
  readAt: Date | null;
  places: Array<{ organizationName: string; roles: MembershipRole[]; isAdmin: boolean }>;
};

const columns = {
  personId: persons.id,
  surname: persons.surname,
  name: persons.name,
  patronymic: persons.patronymic,
  userId: users.id,
  readAt: notificationRecipients.readAt,
};

/**
 * Readers come newest first from the partial index on read_at. Not-yet-readers come by name:
 * for a city-wide message that sorts up to ≈ 300,000 rows per page (see tests/bench).
 */
export async function listRecipients(
  db: Database,
  args: { authorityId: number; notificationId: number; list: RecipientList; page: number },
): Promise<RecipientRow[]> {
  const { limit, offset } = pageWindow(args.page, RECIPIENTS_PAGE_SIZE);
  const query = db
    .select(columns)
    .from(notificationRecipients)
    .innerJoin(persons, eq(persons.id, notificationRecipients.personId))
    .leftJoin(users, eq(users.personId, persons.id));
  const rows =
    args.list === 'readers'
      ? await query
          .where(and(eq(notificationRecipients.notificationId, args.notificationId), isNotNull(notificationRecipients.readAt)))
          .orderBy(desc(notificationRecipients.readAt), asc(persons.id))
          .limit(limitInStatement(limit))
          .offset(offset)
      : await query
          .where(and(eq(notificationRecipients.notificationId, args.notificationId), isNull(notificationRecipients.readAt)))
          .orderBy(asc(persons.surname), asc(persons.name), asc(persons.id))
          .limit(limitInStatement(limit))
          .offset(offset);
  const places = await placesOf(
    db,
    args.authorityId,
    rows.map((r) => r.personId),
  );
  return rows.map((r) => ({ ...r, places: places.get(r.personId) ?? [] }));
}

/** Each person's organisations in the network with their roles there (archived ones left out). */
export async function placesOf(db: Database, authorityId: number, personIds: number[]): Promise<Map<number, RecipientRow['places']>> {
  const out = new Map<number, RecipientRow['places']>();
  if (personIds.length === 0) return out;
  const rows = await db
    .select({
      personId: memberships.personId,
      organizationId: memberships.organizationId,
      organizationName: organizations.shortName,
      role: memberships.role,
      isAdmin: memberships.isAdmin,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(inArray(memberships.personId, personIds), sql`${networkMembershipCondition(authorityId)}`))
    .orderBy(asc(memberships.organizationId));
  const grouped = new Map<string, { personId: number; organizationName: string; roles: MembershipRole[]; isAdmin: boolean }>();
  for (const row of rows) {
    const key = `${row.personId}:${row.organizationId}`;
    const entry = grouped.get(key) ?? { personId: row.personId, organizationName: row.organizationName, roles: [], isAdmin: false };
    entry.roles.push(row.role);
    entry.isAdmin ||= row.isAdmin;
    grouped.set(key, entry);
  }
  for (const entry of grouped.values()) {
    const list = out.get(entry.personId) ?? [];
    list.push({ organizationName: entry.organizationName, roles: orderRoles(entry.roles), isAdmin: entry.isAdmin });
    out.set(entry.personId, list);
  }
  return out;
}
