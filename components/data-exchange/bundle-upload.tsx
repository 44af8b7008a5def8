'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
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
    <form action={submit} className="flex flex-col items-start gap-3" noValidate>
      <label className="text-sm font-medium" htmlFor="bundle-file">
        {t('file')}
      </label>
      <input
        id="bundle-file"
        name="file"
        type="file"
        accept=".zip,application/zip"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'bundle-problem' : undefined}
        className="rounded border border-neutral-400 px-3 py-2"
      />
      {message && (
        <p id="bundle-problem" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 disabled:opacity-60">
        {pending ? t('uploading') : t('upload')}
      </button>
    </form>
  );
}
