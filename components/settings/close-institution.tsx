'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { closeInstitutionAction } from '@/lib/organizations/register/actions';

/** "Close the institution" → "Yes, close" (archives it, never deletes); a closed one is reopened the same way. */
export function CloseInstitution({ orgId, institutionId, name, closed }: { orgId: number; institutionId: number; name: string; closed: boolean }) {
  const t = useTranslations('InstitutionRegister');
  const router = useRouter();
  const [state, formAction] = useActionState(closeInstitutionAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const verb = closed ? 'reopen' : 'close';
  // What was asked, kept across the refresh that flips `closed`, so the message names the step done.
  const [asked, setAsked] = useState(verb);
  return (
    <div className="flex flex-col items-start gap-2">
      {state && <FormMessage state={state} success={t(asked === 'close' ? 'closed_done' : 'reopened_done', { name })} />}
      <ConfirmDialog trigger={t(verb)} title={t(`${verb}_title`, { name })} text={t(`${verb}_text`)} cancelLabel={t('cancel')} variant={closed ? 'primary' : 'danger'} closeOn={state}>
        <form action={formAction} onSubmit={() => setAsked(verb)}>
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="institutionId" value={institutionId} />
          <input type="hidden" name="close" value={verb} />
          <SubmitButton variant={closed ? 'primary' : 'danger'} pendingLabel={t('saving')}>
            {t(`yes_${verb}`)}
          </SubmitButton>
        </form>
      </ConfirmDialog>
    </div>
  );
}
