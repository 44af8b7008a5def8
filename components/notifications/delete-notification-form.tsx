'use client';

import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import { useRouter } from '@/lib/i18n/navigation';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';

/** Delete → confirm "Yes, delete!" → back to the list, the message gone from every inbox. */
export function DeleteNotificationForm({
  action,
  orgId,
  notificationId,
  title,
  doneHref,
}: {
  action: FormAction;
  orgId: number;
  notificationId: number;
  title: string;
  doneHref: string;
}) {
  const t = useTranslations('Notifications');
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const { state: result, formAction } = useFormAction(action, { onSuccess: () => router.push(doneHref) });
  return (
    <ConfirmDialog trigger={t('delete')} title={t('delete_title', { title })} text={t('delete_text')} cancelLabel={tCommon('cancel')}>
      <form action={formAction} className="flex flex-col items-end gap-2">
        <input type="hidden" name="orgId" value={orgId} />
        <input type="hidden" name="notificationId" value={notificationId} />
        <FormMessage state={result} />
        <SubmitButton variant="danger">{tCommon('yes_delete')}</SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
