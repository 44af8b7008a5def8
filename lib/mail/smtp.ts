import nodemailer from 'nodemailer';
import type { MailTransport } from './transport';

/**
 * Mail through the authority's own mail server (SMTP_URL, read by nodemailer: `smtp://user:pass@host:587`
 * upgrades with STARTTLS when the server offers it, `smtps://…:465` speaks TLS from the start).
 * `send` resolves once the server accepted the message for every recipient, so the outbox may
 * then empty a secret's body; a refusal throws the server's own answer for the admin to read.
 */
export function smtpTransport(url: string, options: { from: string }): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(message) {
      const info = await transporter.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
      if (info.rejected.length > 0) throw new Error(`The mail server refused ${info.rejected.join(', ')}: ${info.response}`);
    },
  };
}
