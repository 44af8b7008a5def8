'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { addExistingPerson, type DetailsResult } from '@/lib/people/wizard/actions';
import { useFormAction } from '@/components/ui/use-form-action';

/** The IIN is taken: name its holder and offer to add that person instead of a duplicate. */
export function ExistingPersonOffer({ orgId, draftId, match }: { orgId: number; draftId: string; match: NonNullable<DetailsResult['iinMatch']> }) {
  const t = useTranslations('PersonWizard');
  const router = useRouter();
  const { state, formAction } = useFormAction(addExistingPerson, { keepOnSuccess: true });
  useEffect(() => {
    if (state?.ok) router.push(`/org/${orgId}/admin/people/new?draft=${draftId}&step=3`);
  }, [state, router, orgId, draftId]);
  return (
    <section role="status" className="mt-4 flex flex-col gap-3 rounded border border-amber-300 bg-amber-50 p-4" data-testid="iin-offer">
      <p>{t('iin_offer', { name: match.fullName, birthDate: match.birthDate })}</p>
      {match.alreadyMember ? (
        <p className="font-semibold">{t('iin_offer_member')}</p>
      ) : (
        <form action={formAction}>
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="draftId" value={draftId} />
          <input type="hidden" name="personId" value={match.personId} />
          <SubmitButton>{t('iin_offer_button')}</SubmitButton>
        </form>
      )}
      {state && !state.ok && <FormMessage state={state} />}
    </section>
  );
}
