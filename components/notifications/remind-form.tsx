'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';

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
  const [state, formAction] = useActionState(action, null);
  const router = useRouter();
  // The page's "last reminder" line comes from the server: render it again after a reminder.
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
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
