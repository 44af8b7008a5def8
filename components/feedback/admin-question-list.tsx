'use client';

import { AnswerForm } from '@/components/feedback/answer-form';
import { ActionButton } from '@/components/forum/action-button';
import { Disclosure } from '@/components/ui/disclosure';
import type { FormAction } from '@/lib/action-core';

export type AdminQuestion = { id: number; author: string; status: 'new' | 'answered' | 'hidden'; published: boolean; body: string; answer: string | null };

export type AdminQuestionLabels = Record<
  | 'published'
  | 'not_published'
  | 'answer'
  | 'answer_open'
  | 'answer_edit'
  | 'save_answer'
  | 'answer_saved'
  | 'publish_answer'
  | 'publish'
  | 'unpublish'
  | 'question_published'
  | 'question_unpublished'
  | 'hide'
  | 'question_hidden'
  | 'restore'
  | 'question_restored',
  string
>;

/**
 * Administration → Questions and answers: each question, its answer, the answer's form on request
 * (ten open forms were a sixth of the page) and its publish / hide / restore buttons. A client
 * component for page weight: the rows' data and the labels once are far less of the page's payload
 * than ten rows of rendered elements, each repeating every label (issue 13).
 */
export function AdminQuestionList({ orgId, questions, labels, answerAction, stateAction }: { orgId: number; questions: AdminQuestion[]; labels: AdminQuestionLabels; answerAction: FormAction; stateAction: FormAction }) {
  const change = (q: AdminQuestion, to: 'publish' | 'unpublish' | 'hide' | 'restore', label: string, done: string) => (
    <ActionButton action={stateAction} fields={{ orgId, questionId: q.id, change: to }} label={label} done={done} />
  );
  return (
    <ul className="flex max-w-4xl flex-col gap-3" data-testid="admin-questions">
      {questions.map((q) => (
        <li key={q.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm" data-testid="admin-question">
          <p className="text-sm text-neutral-600">
            {q.author}
            {q.status === 'answered' && ` · ${q.published ? labels.published : labels.not_published}`}
          </p>
          <p className="whitespace-pre-line" data-testid="question-body">
            {q.body}
          </p>
          {q.answer && (
            <p className="whitespace-pre-line text-neutral-700" data-testid="question-answer">
              {q.answer}
            </p>
          )}
          {q.status !== 'hidden' && (
            <Disclosure summary={q.answer ? labels.answer_edit : labels.answer_open}>
              <AnswerForm
                action={answerAction}
                fields={{ orgId, questionId: q.id }}
                name="answer"
                label={labels.answer}
                initial={q.answer ?? ''}
                submitLabel={labels.save_answer}
                successLabel={labels.answer_saved}
                publishLabel={labels.publish_answer}
                publishInitially={q.status === 'new' ? true : q.published}
              />
            </Disclosure>
          )}
          <div className="flex flex-wrap gap-2">
            {q.status === 'answered' && (q.published ? change(q, 'unpublish', labels.unpublish, labels.question_unpublished) : change(q, 'publish', labels.publish, labels.question_published))}
            {q.status !== 'hidden' ? change(q, 'hide', labels.hide, labels.question_hidden) : change(q, 'restore', labels.restore, labels.question_restored)}
          </div>
        </li>
      ))}
    </ul>
  );
}
