/**
 * What the outbox sender hands to a mail service: one message, plain text. `outboxId` and
 * `secret` (the text holds a one-time password or code, mail_outbox.secret) say where it came from.
 */
export type MailMessage = { to: string; subject: string; text: string; outboxId?: number; secret?: boolean };

/**
 * A mail service. `send` resolves when the service accepted the message and throws otherwise;
 * the thrown message is kept on the outbox row for the admin to read.
 */
export interface MailTransport {
  readonly kind: 'resend' | 'smtp' | 'log';
  send(message: MailMessage): Promise<void>;
}

/**
 * No mail service configured (neither SMTP_URL nor RESEND_API_KEY): the demo writes each mail to the server log,
 * and the outbox row keeps it readable. A secret mail (an invitation's one-time password, a
 * confirmation code) is never written there — logs are copied, shipped and kept far longer than a
 * password should live: the log says only that it was queued and where an admin reads it.
 */
export function logTransport(write: (line: string) => void = console.log): MailTransport {
  return {
    kind: 'log',
    async send(message) {
      const head = `[mail] to=${message.to} subject=${JSON.stringify(message.subject)}`;
      if (message.secret) {
        write(`${head}\nholds a one-time password or code, not written to the log: read it in the outbox (select text_body from mail_outbox where id = ${message.outboxId ?? '?'})`);
        return;
      }
      write(`${head}\n${message.text}`);
    },
  };
}
