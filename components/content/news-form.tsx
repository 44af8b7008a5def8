'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action-core';
import { LIMITS } from '@/lib/content/limits';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { useFormAction } from './use-form-action';

type NewsAction = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/** Add or edit a news item; goes back to `doneHref` once saved. */
export function NewsForm({ action, orgId, news, doneHref }: { action: NewsAction; orgId: number; news?: { id: number; title: string; body: string }; doneHref: string }) {
  const t = useTranslations('News');
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const { result, formAction, valueOf } = useFormAction(action);
  useEffect(() => {
    if (result?.ok) router.push(doneHref);
  }, [result, router, doneHref]);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      {news && <input type="hidden" name="newsId" value={news.id} />}
      <FormMessage state={result} />
      <Field name="title" label={t('field_title')} required maxLength={LIMITS.newsTitle} defaultValue={valueOf('title', news?.title)} errors={fieldErrorsOf(result, 'title')} />
      <Field
        name="body"
        label={t('field_body')}
        hint={t('body_hint')}
        multiline
        rows={10}
        required
        maxLength={LIMITS.newsBody}
        defaultValue={valueOf('body', news?.body)}
        errors={fieldErrorsOf(result, 'body')}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={news ? tCommon('saving') : t('publishing')}>{news ? tCommon('save') : t('publish')}</SubmitButton>
        <Link href={doneHref} className="text-sky-800 underline">
          {tCommon('cancel')}
        </Link>
      </div>
    </form>
  );
}
