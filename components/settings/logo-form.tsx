'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, useActionMessage } from '@/components/ui/form';
import { useFileUpload } from '@/components/ui/use-file-upload';

/**
 * Settings → Logo (F-4.2, the guide's figure 7): uploads the chosen file to POST /api/logo, which
 * checks its content, size and pixels and scales it to fit 150×150. The size check here only
 * spares a long wait; the server decides.
 */
export function LogoUploadForm({ orgId, maxBytes }: { orgId: number; maxBytes: number }) {
  const t = useTranslations('Logo');
  const message = useActionMessage();
  const { form, state, pending, errors, onSubmit } = useFileUpload({
    check: (file) => (!file ? 'Logo.choose_file' : file.size > maxBytes ? 'Logo.too_large' : null),
    target: () => ({ url: `/api/logo?orgId=${orgId}` }),
  });
  const fileId = useId();
  return (
    <form ref={form} onSubmit={onSubmit} className="flex flex-col gap-2" aria-labelledby={`${fileId}-heading`} noValidate>
      <h3 id={`${fileId}-heading`} className="font-semibold">
        {t('new_logo')}
      </h3>
      <label htmlFor={fileId} className="text-sm font-medium">
        {t('choose_file_label')}
      </label>
      <input
        id={fileId}
        type="file"
        name="file"
        accept="image/jpeg,image/png"
        aria-describedby={`${fileId}-rules${errors.length ? ` ${fileId}-error` : ''}`}
        aria-invalid={errors.length > 0 || undefined}
        className="text-sm"
      />
      <ul id={`${fileId}-rules`} className="list-disc pl-5 text-sm text-neutral-700">
        <li>{t('rule_agreement')}</li>
        <li>{t('rule_size')}</li>
        <li>{t('rule_scaled')}</li>
        <li>{t('rule_formats')}</li>
        <li>{t('rule_max_bytes')}</li>
      </ul>
      {errors.length > 0 && (
        <p id={`${fileId}-error`} role="alert" className="text-sm text-red-700">
          {errors.map(message).join(' ')}
        </p>
      )}
      {state?.ok && <FormMessage state={state} success={t('uploaded')} />}
      {state && !state.ok && errors.length === 0 && <FormMessage state={state} />}
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t('uploading') : t('upload')}
        </Button>
      </div>
    </form>
  );
}
