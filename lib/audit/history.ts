import 'server-only';
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db';
import { auditEvents, persons, users } from '@/db/schema';
import { limitInStatement, pageWindow } from '@/lib/pagination';

export const HISTORY_PAGE_SIZE = 20;

/** A page of the audit events `where` selects, newest first, with who did each (a person's, an institution's history). */
export async function auditHistory(db: Database, where: SQL | undefined, page: number) {
  const { limit, offset } = pageWindow(page, HISTORY_PAGE_SIZE);
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      entity: auditEvents.entity,
      changes: auditEvents.changes,
      actorSurname: persons.surname,
      actorName: persons.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(persons, eq(persons.id, users.personId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limitInStatement(limit))
    .offset(offset);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(auditEvents).where(where);
  return { rows, total: count?.total ?? 0, pageSize: HISTORY_PAGE_SIZE };
}
