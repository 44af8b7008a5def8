'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';

/** Deleting the logo, behind a confirmation. */
export function LogoDelete({ action, orgId }: { action: FormAction; orgId: number }) {
  const t = useTranslations('Logo');
  const tCommon = useTranslations('Common');
  const [state, formAction] = useActionState(action, null);
  return (
    <div className="flex flex-col gap-2">
      {state && !state.ok && <FormMessage state={state} />}
      <ConfirmDialog trigger={t('delete')} title={t('delete_title')} text={t('delete_text')} cancelLabel={tCommon('cancel')}>
        <form action={formAction}>
          <input type="hidden" name="orgId" value={orgId} />
          <SubmitButton variant="danger">{t('delete_confirm')}</SubmitButton>
        </form>
      </ConfirmDialog>
    </div>
  );
}
