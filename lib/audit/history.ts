import 'server-only';
import { desc, eq, type SQL } from 'drizzle-orm';
import type { Database } from '@/db';
import { auditEvents, persons, users } from '@/db/schema';
import { countRows, limitInStatement, pageWindow, totalOfAllRows, withTotal } from '@/lib/pagination';

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
      total: totalOfAllRows(),
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(persons, eq(persons.id, users.personId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limitInStatement(limit))
    .offset(offset);
  // The page carries its total (lib/pagination.ts); a page past the last asks for it.
  const { items, total } = await withTotal(rows, offset, () => countRows(db, auditEvents, where));
  return { rows: items, total, pageSize: HISTORY_PAGE_SIZE };
}
