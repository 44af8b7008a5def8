'use client';

import { useLocale, useTranslations } from 'next-intl';
import { createContext, type ReactNode, useContext } from 'react';
import { Button } from '@/components/ui/button';
import type { CommitResult } from '@/lib/people/import/commit';
import { confirmImport } from '@/lib/people/import/actions';
import { csvDialect, toCsv } from '@/lib/export/csv';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/action-core';
import { ConfirmBatchForm } from './confirm-batch-form';

type Confirm = { state: ActionResult<CommitResult> | null; formAction: (formData: FormData) => void };
const ImportConfirmContext = createContext<Confirm | null>(null);

/**
 * Holds Confirm's result above the preview: Confirm refreshes the page (the batch is then
 * committed) and the invitations' one-time passwords must survive that. Keyed by batch id.
 */
export function ImportFrame({ errorListHref, children }: { errorListHref: string; children: ReactNode }) {
  const t = useTranslations('PersonImport');
  const locale = useLocale();
  const { state, formAction } = useFormAction(confirmImport, { keepOnSuccess: true, holdSuccess: true });
  if (!state?.ok) return <ImportConfirmContext.Provider value={{ state, formAction }}>{children}</ImportConfirmContext.Provider>;
  const result = state.data;
  const download = () => {
    const rows = result.invitations.map((i) => [String(i.line), i.fullName, i.login, i.password]);
    const blob = new Blob([toCsv([t('invitations_file_header').split(','), ...rows], csvDialect('csv-excel', locale))], { type: 'text/csv;charset=utf-8' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'invitations.csv' });
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div className="flex flex-col items-start gap-3">
      <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-800" data-testid="import-result">
        {t('committed', { count: result.created })} {result.failed > 0 && t('committed_failed', { count: result.failed })}
      </p>
      {result.invitations.length > 0 && (
        <>
          <p className="text-sm text-amber-800">{t('invitations_note')}</p>
          <Button type="button" onClick={download} variant="outline">
            {t('invitations_download')}
          </Button>
        </>
      )}
      {result.failed > 0 && (
        <a href={errorListHref} className="text-sky-800 underline">
          {t('error_list')}
        </a>
      )}
    </div>
  );
}

/** The Confirm button inside the frame. */
export function ConfirmImport({ orgId, batchId, count }: { orgId: number; batchId: string; count: number }) {
  const t = useTranslations('PersonImport');
  const context = useContext(ImportConfirmContext);
  if (!context) throw new Error('ConfirmImport outside ImportFrame');
  return <ConfirmBatchForm {...context} orgId={orgId} batchId={batchId} label={t('confirm', { count })} />;
}
