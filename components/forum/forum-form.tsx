'use client';

import { useTranslations } from 'next-intl';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';
import { FORUM_DESCRIPTION_MAX, FORUM_TITLE_MAX } from '@/lib/content/forum/limits';
import { useRouter } from '@/lib/i18n/navigation';

/** Create a forum (empties after success) or edit one (then goes to `thenGo`). Moderators only. */
export function ForumForm({
  action,
  orgId,
  forum,
  thenGo,
}: {
  action: FormAction;
  orgId: number;
  forum?: { id: number; title: string; description: string };
  thenGo?: string;
}) {
  const t = useTranslations('Forum');
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const { state, formAction, text } = useFormAction(action, { onSuccess: () => thenGo && router.push(thenGo) });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      {forum && <input type="hidden" name="forumId" value={forum.id} />}
      <FormMessage state={state} success={forum ? tCommon('saved') : t('forum_created')} />
      <Field name="title" label={t('forum_title')} required maxLength={FORUM_TITLE_MAX} defaultValue={text('title', forum?.title)} errors={fieldErrorsOf(state, 'title')} />
      <Field
        name="description"
        label={t('forum_description')}
        multiline
        rows={3}
        maxLength={FORUM_DESCRIPTION_MAX}
        defaultValue={text('description', forum?.description)}
        errors={fieldErrorsOf(state, 'description')}
      />
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{forum ? tCommon('save') : t('create_forum')}</SubmitButton>
      </div>
    </form>
  );
}
