'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useRouter } from '@/lib/i18n/navigation';

type Problem = { key: string; params?: Record<string, string | number> };

const KNOWN = ['file_missing', 'file_too_large', 'file_type', 'file_unreadable', 'empty_file', 'too_many_rows', 'columns_unknown', 'columns_repeated', 'columns_missing'];

/**
 * The upload goes to a route handler (server actions stop at 1 MB); a refused file is named
 * with its reason, a checked one opens its preview.
 */
export function ImportUpload({ orgId }: { orgId: number }) {
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
        const response = await fetch(`/api/org/${orgId}/people-import`, { method: 'POST', body: formData });
        const body = (await response.json().catch(() => null)) as { ok: true; batchId: string } | { ok: false; problem: Problem } | null;
        if (body?.ok) return router.push(`/org/${orgId}/admin/people/import?batch=${body.batchId}`);
        setProblem(body && !body.ok ? body.problem : { key: 'upload_failed' });
      } catch {
        setProblem({ key: 'upload_failed' });
      }
    });
  }

  const message = problem ? t((KNOWN.includes(problem.key) ? problem.key : 'upload_failed') as 'upload_failed', (problem.params ?? {}) as never) : null;
  return (
    <form action={submit} className="flex flex-col items-start gap-3" noValidate>
      <label className="text-sm font-medium" htmlFor="import-file">
        {t('file')}
      </label>
      <input
        id="import-file"
        name="file"
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'import-problem' : undefined}
        className="rounded border border-neutral-400 px-3 py-2"
      />
      {message && (
        <p id="import-problem" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 disabled:opacity-60">
        {pending ? t('uploading') : t('upload')}
      </button>
    </form>
  );
}
