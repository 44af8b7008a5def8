import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db';
import { users } from '@/db/schema';

/**
 * A session works while the version it was opened with (the JWT's `sv`) is the user's current
 * users.session_version; load-current-user.ts checks it on every request. Raising it ends every
 * session of the user at once. Sign-out does it here, only for a session that is still valid;
 * a new password and the removal of the last membership do it in the database
 * (db/migrations-manual/sessions.sql).
 */
export async function endSessions(db: DbExecutor, userId: number, sessionVersion: number): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion)));
}
