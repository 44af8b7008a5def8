'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';
import { useRefreshingAction } from './use-refreshing-action';

/** "I have read it": counts the recipient as a reader; the page (and the header's counter) render again. */
export function MarkReadForm({
  action,
  notificationId,
}: {
  action: FormAction<{ readAt: string }>;
  notificationId: number;
}) {
  const t = useTranslations('Inbox');
  const [state, formAction] = useRefreshingAction(action);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="notificationId" value={notificationId} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t('marking')}>{t('mark_read')}</SubmitButton>
    </form>
  );
}
