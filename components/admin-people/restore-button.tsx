'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { restorePerson } from '@/lib/people/person-actions';

/** Restore brings the membership back as it was; the list refreshes. */
export function RestoreButton({ orgId, membershipId, label }: { orgId: number; membershipId: number; label: string }) {
  const t = useTranslations('AdminPeople');
  const router = useRouter();
  const [state, formAction] = useActionState(restorePerson, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1" aria-label={label}>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <SubmitButton pendingLabel={t('restoring')}>{t('restore')}</SubmitButton>
      {state && !state.ok && <FormMessage state={state} />}
    </form>
  );
}
