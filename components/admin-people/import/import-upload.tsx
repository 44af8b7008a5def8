'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FileFieldForm } from '@/components/ui/file-field-form';
import { useRouter } from '@/lib/i18n/navigation';

type Problem = { key: string; params?: Record<string, string | number> };

const KNOWN = ['file_missing', 'file_too_large', 'file_type', 'file_unreadable', 'empty_file', 'too_many_rows', 'columns_unknown', 'columns_repeated', 'columns_missing'];

/**
 * The upload goes to a route handler (server actions stop at 1 MB); a refused file is named
 * with its reason, a checked one opens its preview. Every spreadsheet import's (people, register).
 */
export function ImportUpload({ endpoint, previewPath }: { endpoint: string; previewPath: string }) {
  const t = useTranslations('PersonImport');
  const locale = useLocale();
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    formData.set('locale', locale);
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) return setProblem({ key: 'file_missing' });
    startTransition(async () => {
      try {
        const response = await fetch(endpoint, { method: 'POST', body: formData });
        const body = (await response.json().catch(() => null)) as { ok: true; batchId: string } | { ok: false; problem: Problem } | null;
        if (body?.ok) return router.push(`${previewPath}?batch=${body.batchId}`);
        setProblem(body && !body.ok ? body.problem : { key: 'upload_failed' });
      } catch {
        setProblem({ key: 'upload_failed' });
      }
    });
  }

  const message = problem ? t((KNOWN.includes(problem.key) ? problem.key : 'upload_failed') as 'upload_failed', (problem.params ?? {}) as never) : null;
  return (
    <FileFieldForm id="import-file" label={t('file')} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" message={message} pending={pending} submitLabel={t('upload')} pendingLabel={t('uploading')} action={submit} />
  );
}
