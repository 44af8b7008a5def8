'use client';

import { useTranslations } from 'next-intl';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action-core';
import { useRefreshingAction } from './use-refreshing-action';

/**
 * Remind, behind a confirmation naming how many people will get the mail (like Delete): one click
 * must not mail a thousand people. The answer says how many the reminder went to.
 */
export function RemindForm({
  action,
  orgId,
  notificationId,
  remindable,
}: {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<{ reminded: number; at: string }>>;
  orgId: number;
  notificationId: number;
  /** Recipients who have not read it and have an e-mail, counted when the page was rendered. */
  remindable: number;
}) {
  const t = useTranslations('Notifications');
  const tCommon = useTranslations('Common');
  const [state, formAction] = useRefreshingAction(action);
  return (
    <div className="flex flex-col items-start gap-2">
      <p className="text-sm text-neutral-600">{t('remind_text')}</p>
      <ConfirmDialog
        trigger={t('remind')}
        title={t('remind_confirm_title')}
        text={remindable > 0 ? t('remind_confirm_text', { count: remindable }) : t('remind_nobody')}
        cancelLabel={tCommon('cancel')}
        variant="primary"
        closeOn={state}
      >
        {remindable > 0 && (
          <form action={formAction}>
            <input type="hidden" name="orgId" value={orgId} />
            <input type="hidden" name="notificationId" value={notificationId} />
            <SubmitButton>{t('remind_confirm', { count: remindable })}</SubmitButton>
          </form>
        )}
      </ConfirmDialog>
      <FormMessage state={state} success={state?.ok ? t('remind_done', { count: state.data.reminded }) : undefined} />
    </div>
  );
}
