'use client';

import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { NOTIFICATION_LIMITS } from '@/lib/notifications/schemas';

type Content = { title: string; body: string; readBy: string | null };

/** Step 1: title, text and the optional read-by date (not before today); Next saves the draft. */
export function ContentStepForm({
  action,
  orgId,
  draftId,
  initial,
  today,
  basePath,
}: {
  action: FormAction<{ draftId: string }>;
  orgId: number;
  draftId: string | null;
  initial: Content | null;
  today: string;
  basePath: string;
}) {
  const t = useTranslations('NotificationWizard');
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const { state: result, formAction, text } = useFormAction(action, { onSuccess: (data) => router.push(`${basePath}/new?draft=${data.draftId}&step=audience`) });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="draftId" value={draftId ?? ''} />
      <FormMessage state={result} />
      <Field name="title" label={t('field_title')} required maxLength={NOTIFICATION_LIMITS.title} defaultValue={text('title', initial?.title)} errors={fieldErrorsOf(result, 'title')} />
      <Field
        name="body"
        label={t('field_text')}
        hint={t('text_hint')}
        multiline
        rows={10}
        required
        maxLength={NOTIFICATION_LIMITS.body}
        defaultValue={text('body', initial?.body)}
        errors={fieldErrorsOf(result, 'body')}
      />
      <Field
        name="readBy"
        type="date"
        label={t('field_read_by')}
        hint={t('read_by_hint')}
        min={today}
        defaultValue={text('readBy', initial?.readBy ?? '')}
        errors={fieldErrorsOf(result, 'readBy')}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={t('saving')}>{t('next')}</SubmitButton>
        <Link href={basePath} className="text-sky-800 underline">
          {tCommon('cancel')}
        </Link>
      </div>
    </form>
  );
}
