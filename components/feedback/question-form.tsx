'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, FormMessage } from '@/components/ui/form';
import { Honeypot } from './honeypot';
import { usePublicForm } from './use-public-form';

/** "Ask a question" of Questions and answers (F-2.6): published once staff answered it. */
export function QuestionForm({ orgId }: { orgId: number }) {
  const t = useTranslations('Feedback');
  const locale = useLocale();
  const { form, state, pending, onSubmit, errors } = usePublicForm<null>(`/api/feedback/${orgId}/questions`);
  return (
    <form ref={form} onSubmit={onSubmit} className="relative flex flex-col gap-3" noValidate data-testid="question-form">
      <input type="hidden" name="locale" value={locale} />
      {state?.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {t('question_accepted')}
        </p>
      )}
      {state && !state.ok && <FormMessage state={state} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="question-name" name="name" label={t('your_name')} autoComplete="name" maxLength={200} required errors={errors('name')} />
        <Field id="question-email" name="email" type="email" label={t('your_email_optional')} autoComplete="email" maxLength={254} errors={errors('email')} />
      </div>
      <Field id="question-body" name="body" label={t('your_question')} multiline rows={4} maxLength={3000} required errors={errors('body')} />
      <Honeypot label={t('honeypot')} />
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t('sending') : t('ask')}
        </Button>
      </div>
    </form>
  );
}
