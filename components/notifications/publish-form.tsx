'use client';

import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import { ButtonLink } from '@/components/ui/button-link';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';

/**
 * Step 3's Publish. The button is disabled while sending and the server publishes a draft once,
 * so a double click gives one message; then on to "who has read it".
 */
export function PublishForm({
  action,
  orgId,
  draftId,
  basePath,
}: {
  action: FormAction<{ notificationId: number }>;
  orgId: number;
  draftId: string;
  basePath: string;
}) {
  const t = useTranslations('NotificationWizard');
  const router = useRouter();
  const { state: result, formAction } = useFormAction(action, { onSuccess: (data) => router.push(`${basePath}/${data.notificationId}`) });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="draftId" value={draftId} />
      <FormMessage state={result} />
      <div className="flex items-center gap-3">
        <ButtonLink href={`${basePath}/new?draft=${draftId}&step=audience`} variant="secondary">
          {t('back')}
        </ButtonLink>
        <SubmitButton pendingLabel={t('publishing')}>{t('publish')}</SubmitButton>
      </div>
    </form>
  );
}
