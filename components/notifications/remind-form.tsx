'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult, FormAction } from '@/lib/action-core';
import { useRefreshingAction } from './use-refreshing-action';

/**
 * Remind, behind a confirmation naming how many people will get the mail (like Delete): one click
 * must not mail a thousand people. The number is counted as the confirmation opens, not with the
 * page (a city-wide message's count takes a second). The answer says how many it went to.
 */
export function RemindForm({
  action,
  orgId,
  notificationId,
  countAction,
}: {
  action: FormAction<{ reminded: number; at: string }>;
  orgId: number;
  notificationId: number;
  /** Recipients who have not read it and have an e-mail, now. */
  countAction: FormAction<{ count: number }>;
}) {
  const t = useTranslations('Notifications');
  const tCommon = useTranslations('Common');
  const [state, formAction] = useRefreshingAction(action);
  const [counted, setCounted] = useState<ActionResult<{ count: number }> | null>(null);
  const [, startCounting] = useTransition();
  const count = () => {
    setCounted(null);
    const form = new FormData();
    form.set('orgId', String(orgId));
    form.set('notificationId', String(notificationId));
    startCounting(async () => setCounted(await countAction(null, form)));
  };
  const remindable = counted?.ok ? counted.data.count : null;
  // Counting until an answer; a refused count shows its message instead of the text.
  const text = counted === null ? t('remind_counting') : remindable === null ? undefined : remindable > 0 ? t('remind_confirm_text', { count: remindable }) : t('remind_nobody');
  return (
    <div className="flex flex-col items-start gap-2">
      <p className="text-sm text-neutral-600">{t('remind_text')}</p>
      <ConfirmDialog
        trigger={t('remind')}
        title={t('remind_confirm_title')}
        text={text}
        cancelLabel={tCommon('cancel')}
        variant="primary"
        closeOn={state}
        onOpen={count}
      >
        {counted && !counted.ok && <FormMessage state={counted} />}
        {remindable !== null && remindable > 0 && (
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
