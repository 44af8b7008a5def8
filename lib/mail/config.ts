import { getEnv } from '@/lib/env';
import { resendTransport } from './resend';
import { smtpTransport } from './smtp';
import { logTransport, type MailTransport } from './transport';

type MailEnv = { SMTP_URL?: string | undefined; RESEND_API_KEY?: string | undefined; MAIL_FROM: string };

/** The authority's mail server when SMTP_URL is set, Resend when RESEND_API_KEY is, else the server log. */
export function mailTransportFor(env: MailEnv): MailTransport {
  if (env.SMTP_URL) return smtpTransport(env.SMTP_URL, { from: env.MAIL_FROM });
  if (env.RESEND_API_KEY) return resendTransport(env.RESEND_API_KEY, { from: env.MAIL_FROM });
  return logTransport();
}

/** Whether mails actually leave the server (shown to admins beside a mail's state). */
export function mailServiceConfigured(): boolean {
  const env = getEnv();
  return Boolean(env.SMTP_URL || env.RESEND_API_KEY);
}
