import { getTranslations } from 'next-intl/server';
import { EmptyState, Section, SectionLink } from '@/components/content/section';
import { ContactList } from '@/components/org/contacts-block';
import type { FeedbackContacts, PublishedQuestion, ReceptionHourView } from '@/lib/feedback/read';
import { formatDate } from '@/lib/time/format';
import { ApplicationForm } from './application-form';
import { QuestionForm } from './question-form';
import { ReceptionSchedule } from './reception-schedule';

export type FeedbackParts = { reception: boolean; applications: boolean; questions: boolean };

/**
 * The Feedback tab (F-2.6, the guide's figure 13), the same on /org/{id}/feedback and on the
 * public site: contacts, personal reception (rules and weekly schedule), the e-application form,
 * Questions and answers. Parts switched off (F-4.4) are left out; no citizen's data is shown.
 */
export async function FeedbackView({
  orgId,
  locale,
  timeZone,
  parts,
  applicationsOpen,
  data,
  editHref,
  attachmentLimit,
}: {
  orgId: number;
  locale: string;
  timeZone: string;
  parts: FeedbackParts;
  applicationsOpen: boolean;
  data: { contacts: FeedbackContacts; rules: string; hours: ReceptionHourView[]; questions: PublishedQuestion[] };
  /** Admins see "Change" beside the contacts. */
  editHref?: string;
  attachmentLimit: string;
}) {
  const t = await getTranslations('Feedback');
  const menu = [
    { id: 'feedback-contacts', label: t('contacts') },
    ...(parts.reception ? [{ id: 'feedback-reception', label: t('reception') }] : []),
    ...(parts.applications ? [{ id: 'feedback-applications', label: t('applications') }] : []),
    ...(parts.questions ? [{ id: 'feedback-questions', label: t('questions') }] : []),
  ];
  const contactRows = (['address', 'phones', 'email', 'website'] as const)
    .map((key) => ({ key, label: t(`contact_${key}`), value: data.contacts[key], kind: key === 'email' || key === 'website' ? key : undefined }))
    .filter((row) => row.value.trim() !== '');
  return (
    <div className="grid gap-4 md:grid-cols-[14rem_1fr]">
      <nav aria-label={t('menu')} className="h-fit rounded-lg bg-white p-4 shadow-sm print:hidden">
        <ul className="flex flex-col gap-2">
          {menu.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`} className="text-sky-800 underline">
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex min-w-0 flex-col gap-4">
        <Section id="feedback-contacts" title={t('contacts')} actions={editHref && <SectionLink href={editHref}>{t('change')}</SectionLink>}>
          {contactRows.length === 0 ? <EmptyState>{t('no_contacts')}</EmptyState> : <ContactList rows={contactRows} testId="feedback-contacts" />}
        </Section>

        {parts.reception && (
          <Section id="feedback-reception" title={t('reception')}>
            {data.rules ? <p className="mb-4 whitespace-pre-line" data-testid="reception-rules">{data.rules}</p> : <EmptyState>{t('no_rules')}</EmptyState>}
            {data.hours.length > 0 && <ReceptionSchedule hours={data.hours} caption={t('schedule')} testId="reception-schedule" />}
          </Section>
        )}

        {parts.applications && (
          <Section id="feedback-applications" title={t('applications')}>
            {applicationsOpen ? (
              <>
                <p className="mb-3 text-sm text-neutral-700">{t('applications_intro')}</p>
                <ApplicationForm orgId={orgId} maxLabel={attachmentLimit} />
              </>
            ) : (
              <EmptyState>{t('applications_unavailable')}</EmptyState>
            )}
          </Section>
        )}

        {parts.questions && (
          <Section id="feedback-questions" title={t('questions')} count={data.questions.length}>
            {data.questions.length === 0 ? (
              <EmptyState>{t('no_questions')}</EmptyState>
            ) : (
              <ul className="mb-4 flex flex-col gap-3" data-testid="published-questions">
                {data.questions.map((q) => (
                  <li key={q.id} className="rounded border border-neutral-200 p-3">
                    <p className="font-medium whitespace-pre-line">{q.body}</p>
                    <p className="mt-2 whitespace-pre-line text-neutral-800">{q.answer}</p>
                    {q.answeredAt && <p className="mt-1 text-xs text-neutral-600">{t('answered_on', { date: formatDate(q.answeredAt, locale, timeZone) })}</p>}
                  </li>
                ))}
              </ul>
            )}
            <h3 className="mt-2 mb-2 font-semibold">{t('ask_heading')}</h3>
            <QuestionForm orgId={orgId} />
          </Section>
        )}
      </div>
    </div>
  );
}
