import { getTranslations } from 'next-intl/server';
import { AdminShell, BackToAdmin } from '@/components/admin/admin-shell';
import { StatusTabs } from '@/components/admin/status-tabs';
import { EmptyState } from '@/components/content/section';
import { AdminQuestionList, type AdminQuestionLabels } from '@/components/feedback/admin-question-list';
import { Pagination } from '@/components/ui/pagination';
import { answerQuestionAction, changeQuestionStateAction } from '@/lib/feedback/actions';
import { getQuestionsForAdmin } from '@/lib/feedback/queries';
import { QUESTIONS_PAGE_SIZE, type QuestionStatus } from '@/lib/feedback/read';
import { type AdminPageParams, adminPageContext } from '@/lib/organizations/admin-page';
import { parsePage } from '@/lib/pagination';
import { formatDateTime } from '@/lib/time/format';
import type { SearchParams } from '@/lib/search-params';

const STATUSES: QuestionStatus[] = ['new', 'answered', 'hidden'];
const LABELS = ['published', 'not_published', 'answer', 'answer_open', 'answer_edit', 'save_answer', 'answer_saved', 'publish_answer', 'publish', 'unpublish', 'question_published', 'question_unpublished', 'hide', 'question_hidden', 'restore', 'question_restored'] as const satisfies ReadonlyArray<keyof AdminQuestionLabels>;

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
        <AdminQuestionList
          orgId={org.id}
          questions={rows.map((q) => ({ id: q.id, author: [q.authorName, q.authorEmail, formatDateTime(q.createdAt, locale, org.timeZone)].filter(Boolean).join(' · '), status: q.status, published: q.published, body: q.body, answer: q.answer }))}
          labels={Object.fromEntries(LABELS.map((key) => [key, t(key)])) as AdminQuestionLabels}
          answerAction={answerQuestionAction}
          stateAction={changeQuestionStateAction}
        />
      )}
      <Pagination pathname={pathname} query={{ status }} page={page} total={total} pageSize={QUESTIONS_PAGE_SIZE} />
      <BackToAdmin orgId={org.id} />
    </AdminShell>
  );
}
