import { and, eq, isNull, type Placeholder, sql, type SQL } from 'drizzle-orm';
import { memberships, notificationOrganizations, notificationRecipients } from '@/db/schema';

/**
 * Which recipient rows are a person's own (lib/notifications/inbox.ts explains the candidates),
 * apart from the inbox's reads and actions: the signed-in user's query (lib/auth/load-current-user.ts)
 * counts the unread with it on every page.
 */

/** The person's own recipient rows of the notifications that can be theirs (`personId` a number, a column or a placeholder). */
export function addressedTo(personId: number | SQL | Placeholder): SQL {
  const candidates = sql`select ${notificationOrganizations.notificationId} from ${notificationOrganizations}
    where ${notificationOrganizations.organizationId} in (select ${memberships.organizationId} from ${memberships} where ${memberships.personId} = ${personId})`;
  return and(eq(notificationRecipients.personId, personId), sql`${notificationRecipients.notificationId} in (${candidates})`)!;
}

/**
 * The count as a scalar subquery, so the signed-in user's own query (lib/auth/load-current-user.ts)
 * brings the header's number in the same round trip: `personId` may be the query's column.
 */
export function unreadCountSql(personId: number | SQL): SQL<number> {
  return sql<number>`(select count(*)::int from ${notificationRecipients} where ${and(addressedTo(personId), isNull(notificationRecipients.readAt))})`;
}
