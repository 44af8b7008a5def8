import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '@/db';
import { mailOutbox } from '@/db/schema';
import type { MailTransport } from './transport';

/** After this many failed attempts a mail is marked failed (kept, and the admin can send it again). */
export const MAX_ATTEMPTS = 10;
/** A claimed mail is not picked by another sender for this long, even if this one dies mid-send. */
export const LEASE_MS = 2 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60_000;

/** Wait before the next try after `failedAttempts` failures: 1 min, 2, 4, 8 … up to 6 hours. */
export function retryDelay(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1), LONGEST_RETRY_MS);
}

export type DeliveryReport = { sent: number; retried: number; failed: number };

/**
 * One pass of the outbox sender: claims the due mails (several senders on several servers never
 * claim the same row: SKIP LOCKED, and the claim pushes `nextAttemptAt` past a lease), sends each
 * outside any transaction, then records the outcome. A failure is retried with back-off; after
 * MAX_ATTEMPTS the row is marked failed. Nothing is ever deleted; only a secret's body is emptied
 * once a real mail service accepted it.
 */
export async function deliverDueMail(db: Database, transport: MailTransport, options: { now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(options.limit ?? 20)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(inArray(mailOutbox.id, due))
    .returning({ id: mailOutbox.id, to: mailOutbox.toAddress, subject: mailOutbox.subject, text: mailOutbox.textBody, attempts: mailOutbox.attempts, secret: mailOutbox.secret });
  // A real mail service now holds the message: a one-time password need not stay in our database.
  const wipeSecrets = transport.kind !== 'log';

  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (const mail of claimed.sort((a, b) => a.id - b.id)) {
    try {
      await transport.send({ to: mail.to, subject: mail.subject, text: mail.text, outboxId: mail.id, secret: mail.secret });
      const wipe = mail.secret && wipeSecrets ? { textBody: '', htmlBody: null } : {};
      await db.update(mailOutbox).set({ status: 'sent', sentAt: new Date(), lastError: null, ...wipe }).where(eq(mailOutbox.id, mail.id));
      report.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await db
        .update(mailOutbox)
        .set(giveUp ? { status: 'failed', lastError } : { lastError, nextAttemptAt: new Date(now.getTime() + retryDelay(mail.attempts)) })
        .where(eq(mailOutbox.id, mail.id));
      if (giveUp) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

/** A failed (or waiting) mail goes back to the front of the queue with a fresh count of tries. */
export async function sendAgain(db: DbExecutor, outboxId: number, now = new Date()): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now })
    .where(and(eq(mailOutbox.id, outboxId), inArray(mailOutbox.status, ['pending', 'failed'])));
}

export type MailState = { id: number; status: 'pending' | 'sent' | 'failed'; attempts: number; lastError: string | null; nextAttemptAt: Date; sentAt: Date | null; createdAt: Date };

/** The delivery state of the given outbox rows, for the admin pages. */
export async function mailStates(db: Database, ids: Array<number | null | undefined>): Promise<Map<number, MailState>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: mailOutbox.id,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      sentAt: mailOutbox.sentAt,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .where(inArray(mailOutbox.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}
