'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action-core';
import { LIMITS } from '@/lib/content/limits';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { useFormAction } from './use-form-action';

type PageAction = (previous: unknown, formData: FormData) => Promise<ActionResult<{ id: number }>>;

/** Add or edit an interactive page; the body is simple HTML, sanitised on the server. Opens the page once saved. */
export function PageForm({ action, orgId, page, cancelHref }: { action: PageAction; orgId: number; page?: { id: number; title: string; bodyHtml: string }; cancelHref: string }) {
  const t = useTranslations('InteractivePages');
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const { result, formAction, valueOf } = useFormAction(action);
  useEffect(() => {
    if (result?.ok) router.push(`/org/${orgId}/pages/${result.data.id}`);
  }, [result, router, orgId]);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      {page && <input type="hidden" name="pageId" value={page.id} />}
      <FormMessage state={result} />
      <Field name="title" label={t('field_title')} required maxLength={LIMITS.pageTitle} defaultValue={valueOf('title', page?.title)} errors={fieldErrorsOf(result, 'title')} />
      <Field
        name="body"
        label={t('field_body')}
        hint={t('body_hint')}
        multiline
        rows={16}
        required
        maxLength={LIMITS.pageBody}
        defaultValue={valueOf('body', page?.bodyHtml)}
        errors={fieldErrorsOf(result, 'body')}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={tCommon('saving')}>{tCommon('save')}</SubmitButton>
        <Link href={cancelHref} className="text-sky-800 underline">
          {tCommon('cancel')}
        </Link>
      </div>
    </form>
  );
}
