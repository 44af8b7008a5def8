'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { createFolder } from '@/lib/content/documents/actions';

/** A new folder inside the folder being viewed (or at the top level). */
export function NewFolderForm({ orgId, parentId }: { orgId: number; parentId: number | null }) {
  const t = useTranslations('Documents');
  const [state, formAction] = useActionState(createFolder, null);
  return (
    <details className="rounded border border-neutral-200 p-3">
      <summary className="cursor-pointer font-medium text-sky-800">{t('new_folder')}</summary>
      <form action={formAction} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="orgId" value={orgId} />
        <input type="hidden" name="parentId" value={parentId ?? ''} />
        <Field name="name" label={t('folder_name')} maxLength={200} required errors={fieldErrorsOf(state, 'name')} />
        <FormMessage state={state} success={t('folder_created')} />
        <div>
          <SubmitButton>{t('create_folder')}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
