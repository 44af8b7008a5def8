'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action-core';
import { useRefreshingAction } from './use-refreshing-action';

/** Remind: one click; the answer says how many people the reminder went to. */
export function RemindForm({
  action,
  orgId,
  notificationId,
}: {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<{ reminded: number; at: string }>>;
  orgId: number;
  notificationId: number;
}) {
  const t = useTranslations('Notifications');
  const [state, formAction] = useRefreshingAction(action);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="notificationId" value={notificationId} />
      <p className="text-sm text-neutral-600">{t('remind_text')}</p>
      <SubmitButton>{t('remind')}</SubmitButton>
      <FormMessage state={state} success={state?.ok ? t('remind_done', { count: state.data.reminded }) : undefined} />
    </form>
  );
}
