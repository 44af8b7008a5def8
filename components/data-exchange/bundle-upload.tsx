'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FileFieldForm } from '@/components/ui/file-field-form';
import { useRouter } from '@/lib/i18n/navigation';

type Problem = { key: string; params?: Record<string, string | number> };

/** Sends the zip to the route handler (server actions stop at 1 MB) and opens the run it started. */
export function BundleUpload({ orgId }: { orgId: number }) {
  const t = useTranslations('DataExchange');
  const tIssue = useTranslations('OneRoster');
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) return setProblem({ key: 'file_missing' });
    startTransition(async () => {
      try {
        const response = await fetch(`/api/org/${orgId}/oneroster/runs`, { method: 'POST', body: formData });
        const body = (await response.json().catch(() => null)) as { ok: true; runId: string } | { ok: false; problem: Problem } | null;
        if (body?.ok) return router.push(`/org/${orgId}/admin/data-exchange?run=${body.runId}`);
        setProblem(body && !body.ok ? body.problem : { key: 'upload_failed' });
      } catch {
        setProblem({ key: 'upload_failed' });
      }
    });
  }

  const message = problem ? (problem.key === 'upload_failed' ? t('upload_failed') : tIssue(problem.key as 'file_missing', (problem.params ?? {}) as never)) : null;
  return (
    <FileFieldForm id="bundle-file" label={t('file')} accept=".zip,application/zip" message={message} pending={pending} submitLabel={t('upload')} pendingLabel={t('uploading')} action={submit} />
  );
}
