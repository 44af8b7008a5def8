'use client';

import { useTranslations } from 'next-intl';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';
import { FORUM_TITLE_MAX } from '@/lib/content/forum/limits';
import { useRouter } from '@/lib/i18n/navigation';

/** A moderator renames a topic, then returns to it. */
export function TopicTitleForm({ action, orgId, topic, thenGo }: { action: FormAction; orgId: number; topic: { id: number; title: string }; thenGo: string }) {
  const t = useTranslations('Forum');
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const { state, formAction, text } = useFormAction(action, { keepOnSuccess: true, onSuccess: () => router.push(thenGo) });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="topicId" value={topic.id} />
      <FormMessage state={state} />
      <Field name="title" label={t('topic_title')} required maxLength={FORUM_TITLE_MAX} defaultValue={text('title', topic.title)} errors={fieldErrorsOf(state, 'title')} />
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{tCommon('save')}</SubmitButton>
      </div>
    </form>
  );
}
