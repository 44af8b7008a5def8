import { getEnv } from '@/lib/env';
import { resendTransport } from './resend';
import { logTransport, type MailTransport } from './transport';

type MailEnv = { RESEND_API_KEY?: string | undefined; MAIL_FROM: string };

/** Resend when RESEND_API_KEY is set, else the server log. */
export function mailTransportFor(env: MailEnv): MailTransport {
  if (env.RESEND_API_KEY) return resendTransport(env.RESEND_API_KEY, { from: env.MAIL_FROM });
  return logTransport();
}

/** Whether mails actually leave the server (shown to admins beside a mail's state). */
export function mailServiceConfigured(): boolean {
  return Boolean(getEnv().RESEND_API_KEY);
}
