/** What the outbox sender hands to a mail service: one message, plain text. */
export type MailMessage = { to: string; subject: string; text: string };

/**
 * A mail service. `send` resolves when the service accepted the message and throws otherwise;
 * the thrown message is kept on the outbox row for the admin to read.
 */
export interface MailTransport {
  readonly kind: 'resend' | 'log';
  send(message: MailMessage): Promise<void>;
}

/**
 * No mail service configured (no RESEND_API_KEY): the demo writes each mail to the server log,
 * and the outbox row keeps it readable.
 */
export function logTransport(write: (line: string) => void = console.log): MailTransport {
  return {
    kind: 'log',
    async send(message) {
      write(`[mail] to=${message.to} subject=${JSON.stringify(message.subject)}\n${message.text}`);
    },
  };
}
