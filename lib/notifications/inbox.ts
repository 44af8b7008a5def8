import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '@/db';
import { builtOncePerPool } from '@/db/prepared';
import { notificationRecipients, notifications, organizations } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import { pageWindow, totalOfAllRows, withTotal } from '@/lib/pagination';
import { addressedTo, unreadCountSql } from './addressed';

/**
 * A recipient's side: the notifications addressed to them from every authority, newest first.
 * The candidates are the notifications sent to an organisation the person belongs (or
 * belonged) to — a handful of index entries in notification_organizations — each confirmed by
 * the primary key of notification_recipients. So the inbox costs the same whether a message
 * went to ten people or to the whole city, and however many messages the city has had.
 */

export const INBOX_PAGE_SIZE = 20;

export type InboxRow = {
  id: number;
  title: string;
  organizationName: string;
  timeZone: string;
  publishedAt: Date;
  readBy: string | null;
  readAt: Date | null;
};

const inboxColumns = {
  id: notifications.id,
  title: notifications.title,
  organizationName: organizations.shortName,
  timeZone: organizations.timeZone,
  publishedAt: notifications.publishedAt,
  readBy: notifications.readBy,
  readAt: notificationRecipients.readAt,
};

// The inbox's reads, built once per pool (db/prepared.ts): most requests under load are a recipient
// opening the inbox or a message. The page carries its total; `total` counts for a page past the last.
const inboxQueries = builtOncePerPool((db: Database) => {
  const personId = sql.placeholder('personId');
  const inbox = () =>
    db
      .select({ ...inboxColumns, total: totalOfAllRows() })
      .from(notificationRecipients)
      .innerJoin(notifications, eq(notifications.id, notificationRecipients.notificationId))
      .innerJoin(organizations, eq(organizations.id, notifications.organizationId));
  // Ids grow with publishing: newest first.
  const newestFirst = () => inbox().where(addressedTo(personId)).orderBy(desc(notificationRecipients.notificationId)).limit(sql.placeholder('limit'));
  return {
    // The first page has a statement without OFFSET: with `offset $n` PostgreSQL cannot cost its one
    // generic plan (it guesses a tenth of the rows skipped), so it planned the statement again on
    // every run — 0.65 ms of its CPU against 0.1 ms of execution, on the page every recipient opens.
    firstPage: newestFirst().prepare('inbox_first_page'),
    page: newestFirst().offset(sql.placeholder('offset')).prepare('inbox_page'),
    total: db.select({ n: count() }).from(notificationRecipients).where(addressedTo(personId)).prepare('inbox_total'),
    item: db
      .select({ ...inboxColumns, body: notifications.body })
      .from(notificationRecipients)
      .innerJoin(notifications, eq(notifications.id, notificationRecipients.notificationId))
      .innerJoin(organizations, eq(organizations.id, notifications.organizationId))
      .where(and(eq(notificationRecipients.personId, personId), eq(notificationRecipients.notificationId, sql.placeholder('notificationId'))))
      .prepare('inbox_item'),
  };
});

export async function listInbox(db: Database, args: { personId: number; page: number }): Promise<{ rows: InboxRow[]; total: number }> {
  const { limit, offset } = pageWindow(args.page, INBOX_PAGE_SIZE);
  const queries = inboxQueries(db);
  const rows = offset === 0 ? await queries.firstPage.execute({ personId: args.personId, limit }) : await queries.page.execute({ personId: args.personId, limit, offset });
  const { items, total } = await withTotal(rows, offset, async () => (await queries.total.execute({ personId: args.personId }))[0]?.n ?? 0);
  return { rows: items, total };
}

/** One notification as its recipient sees it; null when it is not addressed to them (or gone). */
export async function getInboxItem(db: Database, args: { personId: number; notificationId: number }): Promise<(InboxRow & { body: string }) | null> {
  const [row] = await inboxQueries(db).item.execute(args);
  return row ?? null;
}

/** The header's counter: unread notifications of one person (a few index probes). */
export async function countUnread(db: DbExecutor, personId: number): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select ${unreadCountSql(personId)} as n`);
  return Number(row?.n ?? 0);
}


/**
 * "I have read it": the recipient's row gets its time and the message's counter one more, in one
 * transaction, only the first time. A message not addressed to this person changes nothing.
 */
export async function markRead(db: DbExecutor, args: { personId: number; notificationId: number }): Promise<{ readAt: Date; first: boolean }> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(notificationRecipients)
      .set({ readAt: sql`now()` })
      .where(
        and(
          eq(notificationRecipients.notificationId, args.notificationId),
          eq(notificationRecipients.personId, args.personId),
          isNull(notificationRecipients.readAt),
        ),
      )
      .returning({ readAt: notificationRecipients.readAt });
    if (updated?.readAt) {
      await tx
        .update(notifications)
        .set({ readCount: sql`${notifications.readCount} + 1` })
        .where(eq(notifications.id, args.notificationId));
      return { readAt: updated.readAt, first: true };
    }
    const [existing] = await tx
      .select({ readAt: notificationRecipients.readAt })
      .from(notificationRecipients)
      .where(and(eq(notificationRecipients.notificationId, args.notificationId), eq(notificationRecipients.personId, args.personId)));
    if (!existing?.readAt) throw new ActionError('Inbox.not_found');
    return { readAt: existing.readAt, first: false };
  });
}
