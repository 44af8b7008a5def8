'use client';

import { useTranslations } from 'next-intl';
import { ConfirmBatchForm } from '@/components/admin-people/import/confirm-batch-form';
import { useFormAction } from '@/components/ui/use-form-action';
import { confirmRegisterImport } from '@/lib/organizations/register/import/actions';

/** Confirm of a previewed register import; once written, what was added, updated and left. */
export function RegisterImportConfirm({ orgId, batchId, count }: { orgId: number; batchId: string; count: number }) {
  const t = useTranslations('RegisterImport');
  const { state, formAction } = useFormAction(confirmRegisterImport, { keepOnSuccess: true, holdSuccess: true });
  if (state?.ok) {
    const { created, updated, unchanged, failed } = state.data;
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-800">
        {t('committed', { created, updated, unchanged, failed })}
      </p>
    );
  }
  return <ConfirmBatchForm orgId={orgId} batchId={batchId} label={t('confirm', { count })} state={state} formAction={formAction} />;
}
