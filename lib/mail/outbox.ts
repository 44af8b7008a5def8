import type { Database } from '@/db';
import { mailOutbox } from '@/db/schema';

type Executor = Pick<Database, 'insert'>;

export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

/**
 * Puts mail into the outbox in the caller's transaction: it is sent only if the change that
 * caused it commits. Delivery (Resend when RESEND_API_KEY is set) is a separate sender that
 * reads pending rows; until it exists the mail stays readable in mail_outbox.
 */
export async function enqueueMail(tx: Executor, mail: OutgoingMail | OutgoingMail[]): Promise<void> {
  const rows = (Array.isArray(mail) ? mail : [mail]).map((m) => ({ toAddress: m.to, subject: m.subject, textBody: m.text, htmlBody: m.html ?? null }));
  if (rows.length > 0) await tx.insert(mailOutbox).values(rows);
}
