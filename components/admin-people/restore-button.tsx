'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { useAnnouncedAction } from '@/components/ui/action-notice';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { restorePerson } from '@/lib/people/restore-action';

/** Restore brings the membership back as it was; the list refreshes. */
export function RestoreButton({ orgId, membershipId, label, done }: { orgId: number; membershipId: number; label: string; done: string }) {
  const t = useTranslations('AdminPeople');
  const router = useRouter();
  // The row leaves the archive list: what happened is said at the top of the page.
  const [state, formAction] = useActionState(useAnnouncedAction(restorePerson, done), null);
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
