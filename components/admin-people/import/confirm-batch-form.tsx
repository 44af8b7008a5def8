'use client';

import { useLocale, useTranslations } from 'next-intl';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action-core';

/** Confirm of a previewed batch, its refusal above the button (every spreadsheet import). */
export function ConfirmBatchForm(props: { orgId: number; batchId: string; label: string; state: ActionResult<unknown> | null; formAction: (formData: FormData) => void }) {
  const t = useTranslations('PersonImport');
  const locale = useLocale();
  return (
    <form action={props.formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="orgId" value={props.orgId} />
      <input type="hidden" name="batchId" value={props.batchId} />
      <input type="hidden" name="locale" value={locale} />
      {props.state && !props.state.ok && <FormMessage state={props.state} />}
      <SubmitButton pendingLabel={t('confirming')}>{props.label}</SubmitButton>
    </form>
  );
}
