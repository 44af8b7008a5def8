import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { MailStateNote } from '@/components/admin/mail-state';
import { StatusTabs } from '@/components/admin/status-tabs';
import { EmptyState } from '@/components/content/section';
import { AnswerForm } from '@/components/feedback/answer-form';
import { ApplicationStatusForm } from '@/components/feedback/application-status-form';
import { ActionButton } from '@/components/forum/action-button';
import { replyToApplicationAction, resendApplicationMailAction, setApplicationStatusAction } from '@/lib/feedback/actions';
import { getApplicationsForAdmin } from '@/lib/feedback/queries';
import type { ApplicationStatus } from '@/lib/feedback/read';
import { mailServiceConfigured } from '@/lib/mail/config';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { parsePage } from '@/lib/pagination';
import { formatDateTime } from '@/lib/time/format';
import { Pagination } from '@/components/ui/pagination';
import type { SearchParams } from '@/lib/search-params';

const STATUSES: ApplicationStatus[] = ['new', 'in_work', 'answered'];
/** A mail that failed, or failed at least once and waits for its next try, may be sent again now. */
const undelivered = (mail: { status: string; attempts: number } | null) => mail !== null && mail.status !== 'sent' && mail.attempts > 0;

/**
 * Administration → Feedback → Citizens' e-applications (F-5): by status, with the citizen's data
 * (admins only), the delivery state of each mail, and a reply by e-mail.
 */
export default async function ApplicationsAdminPage({ params, searchParams }: { params: AdminPageParams; searchParams: Promise<SearchParams> }) {
  const { org, locale } = await adminPageContext(params, 'feedback/applications', 'org.settings.edit');
  const query = await searchParams;
  const status = STATUSES.find((s) => s === query.status) ?? 'new';
  const page = parsePage(query.page);
  const { rows, total, counts } = await getApplicationsForAdmin({ orgId: org.id, status, page });
  const t = await getTranslations('FeedbackAdmin');
  const tFeedback = await getTranslations('Feedback');
  const configured = mailServiceConfigured();
  const pathname = `/org/${org.id}/admin/feedback/applications`;
  return (
    <AdminShell org={org} block="feedback" current="applications" title={t('nav.applications')} intro={t('applications_intro')}>
      {!configured && <p className="max-w-3xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t('mail_not_configured')}</p>}
      <StatusTabs label={t('application_statuses')} pathname={pathname} current={status} items={STATUSES.map((s) => ({ status: s, label: t(`application_status.${s}`), count: counts[s] }))} />
      {rows.length === 0 ? (
        <EmptyState>{t('no_applications')}</EmptyState>
      ) : (
        <ul className="flex max-w-4xl flex-col gap-3" data-testid="admin-applications">
          {rows.map((a) => (
            <li key={a.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm" data-testid="admin-application">
              <h3 className="font-semibold">
                {t('application_title', { number: a.number, subject: a.subject })}
              </h3>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-neutral-600">{t('received')}</dt>
                <dd>{formatDateTime(a.createdAt, locale, org.timeZone)}</dd>
                <dt className="text-neutral-600">{tFeedback('your_name')}</dt>
                <dd>{a.authorName}</dd>
                <dt className="text-neutral-600">{tFeedback('your_email')}</dt>
                <dd>
                  <a href={`mailto:${a.authorEmail}`} className="text-sky-800 underline">
                    {a.authorEmail}
                  </a>
                </dd>
                {a.authorPhone && (
                  <>
                    <dt className="text-neutral-600">{tFeedback('your_phone')}</dt>
                    <dd>{a.authorPhone}</dd>
                  </>
                )}
                {a.attachmentName && (
                  <>
                    <dt className="text-neutral-600">{tFeedback('attachment')}</dt>
                    <dd>
                      <a href={`/api/feedback/attachments/${a.id}`} className="text-sky-800 underline">
                        {a.attachmentName}
                      </a>
                    </dd>
                  </>
                )}
                <dt className="text-neutral-600">{t('notice_mail')}</dt>
                <dd className="flex flex-wrap items-center gap-2">
                  <MailStateNote mail={a.noticeMail} locale={locale} timeZone={org.timeZone} configured={configured} />
                  {undelivered(a.noticeMail) && <ActionButton action={resendApplicationMailAction} fields={{ orgId: org.id, applicationId: a.id, mail: 'notice' }} label={t('send_again')} />}
                </dd>
              </dl>
              <p className="whitespace-pre-line rounded bg-neutral-50 p-3" data-testid="application-body">
                {a.body}
              </p>
              <ApplicationStatusForm action={setApplicationStatusAction} orgId={org.id} applicationId={a.id} status={a.status} />
              {a.reply && a.repliedAt && (
                <div className="rounded border border-neutral-200 p-3 text-sm">
                  <p className="text-neutral-600">
                    {t('replied_at', { at: formatDateTime(a.repliedAt, locale, org.timeZone) })} <MailStateNote mail={a.replyMail} locale={locale} timeZone={org.timeZone} configured={configured} />
                  </p>
                  {undelivered(a.replyMail) && <ActionButton action={resendApplicationMailAction} fields={{ orgId: org.id, applicationId: a.id, mail: 'reply' }} label={t('send_again')} />}
                  <p className="mt-1 whitespace-pre-line">{a.reply}</p>
                </div>
              )}
              <AnswerForm
                action={replyToApplicationAction}
                fields={{ orgId: org.id, applicationId: a.id }}
                name="reply"
                label={t('reply')}
                initial=""
                submitLabel={t('send_reply')}
                successLabel={t('reply_sent')}
                clearOnSuccess
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname={pathname} query={{ status }} page={page} total={total} />
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
