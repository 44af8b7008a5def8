'use client';

import { useTranslations } from 'next-intl';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';
import { FORUM_POST_MAX, FORUM_TITLE_MAX } from '@/lib/content/forum/limits';
import { useRouter } from '@/lib/i18n/navigation';

/** A new topic: its title and first post; opens the topic after success. */
export function TopicForm({ action, orgId, forumId, basePath }: { action: FormAction<{ topicId: number; forumId: number }>; orgId: number; forumId: number; basePath: string }) {
  const t = useTranslations('Forum');
  const router = useRouter();
  const { state, formAction, text } = useFormAction(action, { onSuccess: (data) => router.push(`${basePath}/${data.forumId}/topics/${data.topicId}`) });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="forumId" value={forumId} />
      <FormMessage state={state} />
      <Field name="title" label={t('topic_title')} required maxLength={FORUM_TITLE_MAX} defaultValue={text('title')} errors={fieldErrorsOf(state, 'title')} />
      <Field
        name="body"
        label={t('first_post')}
        multiline
        rows={8}
        required
        maxLength={FORUM_POST_MAX}
        defaultValue={text('body')}
        errors={fieldErrorsOf(state, 'body')}
        hint={t('post_hint', { max: FORUM_POST_MAX })}
      />
      <div>
        <SubmitButton pendingLabel={t('sending')}>{t('open_topic')}</SubmitButton>
      </div>
    </form>
  );
}
