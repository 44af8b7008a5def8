'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useRef, useState } from 'react';
import { FormMessage, useActionMessage } from '@/components/ui/form';
import { postFile } from '@/components/ui/post-file';
import type { ActionResult } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';

/**
 * Uploads one file to POST /api/files, which streams it to storage and checks everything again;
 * the size check here only saves the user a long wait.
 */
export function UploadForm({ orgId, folderId, maxBytes, maxLabel }: { orgId: number; folderId: number | null; maxBytes: number; maxLabel: string }) {
  const t = useTranslations('Documents');
  const message = useActionMessage();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  const fileId = useId();
  const publicId = useId();

  const fail = (messageKey: string) => setState({ ok: false, messageKey, fieldErrors: { file: [messageKey] } });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.name === '') return fail('required');
    if (file.size === 0) return fail('Documents.file_empty');
    if (file.size > maxBytes) return fail('Documents.file_too_large');
    setPending(true);
    const query = new URLSearchParams({ orgId: String(orgId), folderId: folderId === null ? '' : String(folderId), public: data.get('public') ? '1' : '0' });
    const result = await postFile(`/api/files?${query}`, file, { 'X-File-Name': encodeURIComponent(file.name) });
    setPending(false);
    setState(result);
    if (result.ok) {
      form.current?.reset();
      router.refresh();
    }
  }

  const errors = state && !state.ok ? (state.fieldErrors?.file ?? []) : [];
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
        <button type="submit" disabled={pending} aria-disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 disabled:opacity-60">
          {pending ? t('uploading') : t('upload_submit')}
        </button>
      </div>
    </form>
  );
}
