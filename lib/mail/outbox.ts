import 'server-only';

import type { DbExecutor } from '@/db';
import { mailOutbox } from '@/db/schema';

/** `secret`: the text holds a one-time password or code (see mail_outbox.secret). */
export type OutgoingMail = { to: string; subject: string; text: string; secret?: boolean };

/**
 * Puts a mail into the outbox inside the caller's transaction, so the mail exists exactly when
 * the write that caused it does. The sender (lib/mail/sender.ts) delivers it later and retries
 * failures; nothing here talks to the network. Returns the outbox row's id, so callers can show
 * the mail's delivery state.
 */
export async function enqueueMail(tx: DbExecutor, mail: OutgoingMail): Promise<number> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({ toAddress: mail.to, subject: mail.subject, textBody: mail.text, secret: mail.secret ?? false })
    .returning({ id: mailOutbox.id });
  return row!.id;
}
