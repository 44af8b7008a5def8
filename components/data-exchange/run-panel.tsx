'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Link } from '@/lib/i18n/navigation';
import type { RunView } from '@/lib/oneroster/runs';
import { DataTable } from '@/components/ui/data-table';

const MOVING = new Set(['checking', 'importing']);

/**
 * One run of Data exchange: while it is checked or imported, its progress (polled, so a reload
 * picks it up); then the problems by file, line and column, or the rows found and Confirm, or
 * what the import wrote.
 */
const STEP_PARTS = ['details', 'rollups', 'sign_ins'] as const;

/** A progress step (lib/oneroster/write-journal.ts Progress) in words: a file's name is shown as it is. */
function stepLabel(step: string, t: ReturnType<typeof useTranslations<'DataExchange'>>): string {
  if (step === 'roster') return t('step_roster');
  const [file, part] = step.split(':');
  const known = STEP_PARTS.find((p) => p === part);
  return known ? t(`step_${known}`, { file: file! }) : step;
}

export function RunPanel({ orgId, initial }: { orgId: number; initial: RunView }) {
  const t = useTranslations('DataExchange');
  const tIssue = useTranslations('OneRoster');
  const [run, setRun] = useState(initial);
  const [pending, startTransition] = useTransition();
  const url = `/api/org/${orgId}/oneroster/runs/${initial.id}`;

  useEffect(() => {
    if (!MOVING.has(run.status) || run.stale) return;
    const timer = setTimeout(async () => {
      const response = await fetch(url, { cache: 'no-store' }).catch(() => null);
      if (response?.ok) setRun((await response.json()) as RunView);
      else setRun((r) => ({ ...r }));
    }, 1000);
    return () => clearTimeout(timer);
  }, [run, url]);

  function confirm() {
    startTransition(async () => {
      await fetch(url, { method: 'POST' }).catch(() => null);
      setRun((r) => ({ ...r, status: 'importing', progress: null }));
    });
  }

  if (run.stale) return <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">{t('stale')}</p>;
  if (MOVING.has(run.status)) {
    return (
      <div role="status" aria-live="polite" className="flex flex-col gap-1" data-testid="run-progress">
        <p className="font-semibold">{run.status === 'checking' ? t('checking') : t('importing')}</p>
        {run.progress && <p className="text-sm text-neutral-700">{t('progress', { step: stepLabel(run.progress.step, t), done: run.progress.done, total: run.progress.total })}</p>}
      </div>
    );
  }
  if (run.status === 'invalid') {
    return (
      <div className="flex flex-col gap-3">
        <p role="alert" className="font-semibold text-red-800">
          {t('invalid', { count: run.issueCount, file: run.fileName })} {run.issueCount > run.issues.length && t('more_issues', { shown: run.issues.length })}
        </p>
        <DataTable
          testId="run-issues"
          columns={[
            { id: 'file', header: t('col_file'), cell: (issue) => issue.file ?? run.fileName },
            { id: 'line', header: t('col_line'), cell: (issue) => issue.line ?? '' },
            { id: 'column', header: t('col_column'), className: 'font-mono', cell: (issue) => issue.column ?? '' },
            { id: 'problem', header: t('col_problem'), cell: (issue) => tIssue(issue.key as 'file_missing', (issue.params ?? {}) as never) },
          ]}
          rows={run.issues}
          rowKey={(_, i) => i}
        />
      </div>
    );
  }
  if (run.status === 'checked') {
    return (
      <div className="flex flex-col gap-3">
        <p>{t('checked', { file: run.fileName })}</p>
        <ul className="list-disc pl-6" data-testid="run-rows">
          {Object.entries(run.rows).map(([file, count]) => (
            <li key={file}>{file === 'tobedeleted' ? t('removals', { count }) : t('rows', { file, count })}</li>
          ))}
        </ul>
        <Button type="button" onClick={confirm} disabled={pending} className="self-start">
          {t('confirm')}
        </Button>
      </div>
    );
  }
  if (run.status === 'done') {
    return (
      <div role="status" className="flex flex-col gap-2">
        <p className="font-semibold">{t('done', { file: run.fileName })}</p>
        <ul className="list-disc pl-6" data-testid="run-counts">
          {Object.entries(run.counts).map(([entity, c]) => (
            <li key={entity}>{c.removed ? t('created_removed', { entity, created: c.created, updated: c.updated, removed: c.removed }) : t('created', { entity, created: c.created, updated: c.updated })}</li>
          ))}
        </ul>
        <Link href={`/org/${orgId}/reports/institutions`} className="text-sky-800 underline">
          {t('register')}
        </Link>
      </div>
    );
  }
  return <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2">{t('failed')}</p>;
}
