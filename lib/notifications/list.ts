import { and, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db';
import { notifications, organizations, persons, users } from '@/db/schema';
import { countRows, limitInStatement, pageWindow } from '@/lib/pagination';

/**
 * The authority's list (Active / Archive), its calendar and one notification for the "who has
 * read it" page. A notification is active while it has no read-by date or its read-by date is
 * today or later in the organisation's time zone (`today` comes from lib/time/calendar-date).
 */

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationTab = 'active' | 'archive';

export function tabCondition(tab: NotificationTab, today: string): SQL {
  return tab === 'active' ? or(isNull(notifications.readBy), gte(notifications.readBy, today))! : lt(notifications.readBy, today);
}

export type NotificationRow = {
  id: number;
  title: string;
  audience: string[];
  readBy: string | null;
  recipientCount: number;
  readCount: number;
  publishedAt: Date;
};

export async function listNotifications(
  db: DbExecutor,
  args: { orgId: number; tab: NotificationTab; today: string; day?: string | null; page: number },
): Promise<{ rows: NotificationRow[]; total: number }> {
  const where = and(eq(notifications.organizationId, args.orgId), tabCondition(args.tab, args.today), args.day ? eq(notifications.readBy, args.day) : undefined);
  const { limit, offset } = pageWindow(args.page, NOTIFICATIONS_PAGE_SIZE);
  const [rows, total] = await Promise.all([
    db
      .select({
        id: notifications.id,
        title: notifications.title,
        audience: notifications.audience,
        readBy: notifications.readBy,
        recipientCount: notifications.recipientCount,
        readCount: notifications.readCount,
        publishedAt: notifications.publishedAt,
      })
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.id))
      .limit(limitInStatement(limit))
      .offset(offset),
    countRows(db, notifications, where),
  ]);
  return { rows, total };
}

/** The days of a month ("YYYY-MM") on which some notification of the authority must be read. */
export async function readByDays(db: DbExecutor, args: { orgId: number; month: string }): Promise<string[]> {
  const first = `${args.month}-01`;
  const rows = await db
    .selectDistinct({ day: notifications.readBy })
    .from(notifications)
    .where(and(eq(notifications.organizationId, args.orgId), gte(notifications.readBy, first), lt(notifications.readBy, sql`(${first}::date + interval '1 month')::date`)));
  return rows.map((r) => r.day!).sort();
}

export type NotificationDetail = NotificationRow & {
  body: string;
  organizationName: string;
  timeZone: string;
  remindedAt: Date | null;
  remindedCount: number;
  author: { surname: string; name: string; patronymic: string | null; userId: number | null } | null;
};

export async function getNotification(db: DbExecutor, args: { orgId: number; notificationId: number }): Promise<NotificationDetail | null> {
  const [row] = await db
    .select({
      id: notifications.id,
      title: notifications.title,
      body: notifications.body,
      organizationName: organizations.shortName,
      timeZone: organizations.timeZone,
      audience: notifications.audience,
      readBy: notifications.readBy,
      recipientCount: notifications.recipientCount,
      readCount: notifications.readCount,
      publishedAt: notifications.publishedAt,
      remindedAt: notifications.remindedAt,
      remindedCount: notifications.remindedCount,
      authorUserId: users.id,
      surname: persons.surname,
      name: persons.name,
      patronymic: persons.patronymic,
    })
    .from(notifications)
    .innerJoin(organizations, eq(organizations.id, notifications.organizationId))
    .leftJoin(users, eq(users.id, notifications.createdByUserId))
    .leftJoin(persons, eq(persons.id, users.personId))
    .where(and(eq(notifications.id, args.notificationId), eq(notifications.organizationId, args.orgId)));
  if (!row) return null;
  const { authorUserId, surname, name, patronymic, ...rest } = row;
  return { ...rest, author: surname !== null && name !== null ? { surname, name, patronymic, userId: authorUserId } : null };
}

/** Finds the notification a consumed draft became (Back after Publish lands on it). */
export async function notificationByPublishKey(db: DbExecutor, args: { orgId: number; draftId: string }): Promise<number | null> {
  if (!z.uuid().safeParse(args.draftId).success) return null;
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.publishKey, args.draftId), eq(notifications.organizationId, args.orgId)));
  return row?.id ?? null;
}
