import { getTranslations } from 'next-intl/server';
import type { MailState } from '@/lib/mail/sender';
import { formatDateTime } from '@/lib/time/format';

/**
 * A queued mail's delivery state for admins (lib/mail outbox): waiting (with the next try and the
 * last error), sent, or failed after every retry. Without a mail service, "sent" means "written to
 * the server log".
 */
export async function MailStateNote({ mail, locale, timeZone, configured }: { mail: MailState | null; locale: string; timeZone: string; configured: boolean }) {
  if (!mail) return null;
  const t = await getTranslations('Mail');
  const tone = mail.status === 'sent' ? 'text-green-800' : mail.status === 'failed' ? 'text-red-800' : 'text-amber-800';
  return (
    <span className={`text-sm ${tone}`} data-testid="mail-state" data-status={mail.status}>
      {mail.status === 'sent'
        ? configured
          ? t('state_sent', { at: formatDateTime(mail.sentAt ?? mail.createdAt, locale, timeZone) })
          : t('state_logged')
        : mail.status === 'failed'
          ? t('state_failed', { attempts: mail.attempts })
          : mail.attempts === 0
            ? t('state_queued')
            : t('state_retrying', { attempts: mail.attempts, at: formatDateTime(mail.nextAttemptAt, locale, timeZone) })}
      {mail.status !== 'sent' && mail.lastError && <span className="block text-xs text-neutral-700">{t('last_error', { error: mail.lastError })}</span>}
    </span>
  );
}
