'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { removePerson } from '@/lib/people/person-actions';

/** "Remove from organisation" → "Yes, remove" (F-3.4); the refused case says why (last admin). */
export function RemovePerson({ orgId, personId, name }: { orgId: number; personId: number; name: string }) {
  const t = useTranslations('AdminPeople');
  const router = useRouter();
  const [state, formAction] = useActionState(removePerson, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <div className="flex flex-col items-start gap-2">
      <ConfirmDialog trigger={t('remove')} title={t('remove_title', { name })} text={t('remove_text')} cancelLabel={t('cancel')}>
        <form action={formAction} className="flex flex-col items-end gap-2">
          {state && !state.ok && <FormMessage state={state} />}
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="personId" value={personId} />
          <SubmitButton variant="danger" pendingLabel={t('removing')}>
            {t('yes_remove')}
          </SubmitButton>
        </form>
      </ConfirmDialog>
    </div>
  );
}
