'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { reissueInvitation } from '@/lib/people/person-actions';
import { InvitationSheet } from './invitation-sheet';

/** A new invitation voids the old one; its one-time password is shown here once. */
export function ReissueInvitation({ orgId, orgName, personId }: { orgId: number; orgName: string; personId: number }) {
  const t = useTranslations('Invitation');
  const tPeople = useTranslations('AdminPeople');
  const locale = useLocale();
  const [state, formAction] = useActionState(reissueInvitation, null);
  if (state?.ok) {
    const { fullName, invitation, mailed } = state.data;
    return <InvitationSheet fullName={fullName} orgName={orgName} {...invitation} mailed={mailed} />;
  }
  return (
    <div className="flex flex-col items-start gap-2">
      <ConfirmDialog trigger={t('reissue')} title={t('reissue_title')} text={t('reissue_text')} cancelLabel={tPeople('cancel')}>
        <form action={formAction} className="flex flex-col items-end gap-2">
          {state && !state.ok && <FormMessage state={state} />}
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="personId" value={personId} />
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton pendingLabel={t('reissuing')}>{t('yes_reissue')}</SubmitButton>
        </form>
      </ConfirmDialog>
    </div>
  );
}
