import { Resend } from 'resend';
import type { MailTransport } from './transport';

/**
 * Mail through Resend (RESEND_API_KEY). `baseUrl` points the SDK at another address: the tests
 * run it against a local stand-in of Resend's HTTP API; production leaves it unset (the SDK then
 * reads RESEND_BASE_URL or uses https://api.resend.com).
 */
export function resendTransport(apiKey: string, options: { from: string; baseUrl?: string }): MailTransport {
  const client = new Resend(apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  return {
    kind: 'resend',
    async send(message) {
      const { error } = await client.emails.send({ from: options.from, to: message.to, subject: message.subject, text: message.text });
      // The SDK answers errors as values, not exceptions: turn them into a failed attempt.
      if (error) throw new Error(`Resend refused the mail: ${error.name}: ${error.message}`);
    },
  };
}
