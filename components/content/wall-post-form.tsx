'use client';

import { useTranslations } from 'next-intl';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';
import { LIMITS } from '@/lib/content/limits';
import { useFormAction } from '@/components/ui/use-form-action';

/** A member's new wall post; the list above re-renders with it once posted. */
export function WallPostForm({ action, orgId }: { action: FormAction; orgId: number }) {
  const t = useTranslations('Wall');
  const { state: result, formAction, text } = useFormAction(action);
  return (
    <form action={formAction} className="mb-4 flex flex-col gap-2" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        name="body"
        label={t('field_body')}
        hint={t('body_hint')}
        multiline
        rows={3}
        required
        maxLength={LIMITS.wallPost}
        defaultValue={text('body')}
        errors={fieldErrorsOf(result, 'body')}
      />
      <FormMessage state={result} success={t('posted')} />
      <div>
        <SubmitButton pendingLabel={t('posting')}>{t('post')}</SubmitButton>
      </div>
    </form>
  );
}
