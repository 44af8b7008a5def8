'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, useActionMessage } from '@/components/ui/form';
import { useFileUpload } from '@/components/ui/use-file-upload';

/**
 * Uploads one file to POST /api/files, which streams it to storage and checks everything again;
 * the size check here only saves the user a long wait.
 */
export function UploadForm({ orgId, folderId, maxBytes, maxLabel }: { orgId: number; folderId: number | null; maxBytes: number; maxLabel: string }) {
  const t = useTranslations('Documents');
  const message = useActionMessage();
  const { form, state, pending, errors, onSubmit } = useFileUpload({
    check: (file) => (!file ? 'required' : file.size === 0 ? 'Documents.file_empty' : file.size > maxBytes ? 'Documents.file_too_large' : null),
    target: (data, file) => ({
      url: `/api/files?${new URLSearchParams({ orgId: String(orgId), folderId: folderId === null ? '' : String(folderId), public: data.get('public') ? '1' : '0' })}`,
      headers: { 'X-File-Name': encodeURIComponent(file.name) },
    }),
  });
  const fileId = useId();
  const publicId = useId();
  return (
    <form ref={form} onSubmit={onSubmit} className="flex flex-col gap-2 rounded border border-neutral-200 p-3" aria-labelledby={`${fileId}-heading`}>
      <h3 id={`${fileId}-heading`} className="font-medium">
        {t('upload_heading')}
      </h3>
      <label htmlFor={fileId} className="text-sm font-medium">
        {t('file_label')}
      </label>
      <input
        id={fileId}
        type="file"
        name="file"
        required
        aria-describedby={`${fileId}-hint${errors.length ? ` ${fileId}-error` : ''}`}
        aria-invalid={errors.length > 0 || undefined}
        className="text-sm"
      />
      <p id={`${fileId}-hint`} className="text-xs text-neutral-600">
        {t('upload_hint', { size: maxLabel })}
      </p>
      {errors.length > 0 && (
        <p id={`${fileId}-error`} role="alert" className="text-sm text-red-700">
          {errors.map(message).join(' ')}
        </p>
      )}
      <div className="flex items-center gap-2">
        <input id={publicId} type="checkbox" name="public" defaultChecked />
        <label htmlFor={publicId} className="text-sm">
          {t('public_label')}
        </label>
      </div>
      {state?.ok && <FormMessage state={state} success={t('uploaded')} />}
      {state && !state.ok && errors.length === 0 && <FormMessage state={state} />}
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t('uploading') : t('upload_submit')}
        </Button>
      </div>
    </form>
  );
}
