import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { StatusTabs } from '@/components/admin/status-tabs';
import { EmptyState } from '@/components/content/section';
import { AnswerForm } from '@/components/feedback/answer-form';
import { ActionButton } from '@/components/forum/action-button';
import { Pagination } from '@/components/ui/pagination';
import { answerQuestionAction, changeQuestionStateAction } from '@/lib/feedback/actions';
import { getQuestionsForAdmin } from '@/lib/feedback/queries';
import { QUESTIONS_PAGE_SIZE, type QuestionStatus } from '@/lib/feedback/read';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { parsePage } from '@/lib/pagination';
import { formatDateTime } from '@/lib/time/format';
import type { SearchParams } from '@/lib/search-params';

const STATUSES: QuestionStatus[] = ['new', 'answered', 'hidden'];

/**
 * Administration → Feedback → Questions and answers (F-5): new, answered and hidden questions;
 * answer, publish, hide. Admins and moderators (the roles table gives moderators Q&A).
 */
export default async function QuestionsAdminPage({ params, searchParams }: { params: AdminPageParams; searchParams: Promise<SearchParams> }) {
  const { org, locale } = await adminPageContext(params, 'feedback/questions', 'org.feedback.manage');
  const query = await searchParams;
  const status = STATUSES.find((s) => s === query.status) ?? 'new';
  const page = parsePage(query.page);
  const { rows, total, counts } = await getQuestionsForAdmin({ orgId: org.id, status, page });
  const t = await getTranslations('FeedbackAdmin');
  const pathname = `/org/${org.id}/admin/feedback/questions`;
  return (
    <AdminShell org={org} block="feedback" current="questions" title={t('nav.questions')} intro={t('questions_intro')}>
      <StatusTabs label={t('question_statuses')} pathname={pathname} current={status} items={STATUSES.map((s) => ({ status: s, label: t(`question_status.${s}`), count: counts[s] }))} />
      {rows.length === 0 ? (
        <EmptyState>{t('no_questions')}</EmptyState>
      ) : (
        <ul className="flex max-w-4xl flex-col gap-3" data-testid="admin-questions">
          {rows.map((q) => (
            <li key={q.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm" data-testid="admin-question">
              <p className="text-sm text-neutral-600">
                {q.authorName}
                {q.authorEmail && ` · ${q.authorEmail}`} · {formatDateTime(q.createdAt, locale, org.timeZone)}
                {q.status === 'answered' && ` · ${q.published ? t('published') : t('not_published')}`}
              </p>
              <p className="whitespace-pre-line" data-testid="question-body">
                {q.body}
              </p>
              {q.status !== 'hidden' && (
                <AnswerForm
                  action={answerQuestionAction}
                  fields={{ orgId: org.id, questionId: q.id }}
                  name="answer"
                  label={t('answer')}
                  initial={q.answer ?? ''}
                  submitLabel={t('save_answer')}
                  successLabel={t('answer_saved')}
                  publishLabel={t('publish_answer')}
                  publishInitially={q.status === 'new' ? true : q.published}
                />
              )}
              {q.status === 'hidden' && q.answer && <p className="whitespace-pre-line text-neutral-700">{q.answer}</p>}
              <div className="flex flex-wrap gap-2">
                {q.status === 'answered' && (
                  <ActionButton action={changeQuestionStateAction} fields={{ orgId: org.id, questionId: q.id, change: q.published ? 'unpublish' : 'publish' }} label={q.published ? t('unpublish') : t('publish')} done={q.published ? t('question_unpublished') : t('question_published')} />
                )}
                {q.status !== 'hidden' ? (
                  <ActionButton action={changeQuestionStateAction} fields={{ orgId: org.id, questionId: q.id, change: 'hide' }} label={t('hide')} done={t('question_hidden')} />
                ) : (
                  <ActionButton action={changeQuestionStateAction} fields={{ orgId: org.id, questionId: q.id, change: 'restore' }} label={t('restore')} done={t('question_restored')} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname={pathname} query={{ status }} page={page} total={total} pageSize={QUESTIONS_PAGE_SIZE} />
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
