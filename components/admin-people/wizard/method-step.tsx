'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { chooseWizardMethod } from '@/lib/people/wizard/actions';
import { ChoiceGroup } from '../choice-group';
import { useFormAction } from '@/components/ui/use-form-action';

/** Step 1: new person, or a user from another organisation. */
export function MethodStep({ orgId, draftId, method }: { orgId: number; draftId: string | null; method: string | null }) {
  const t = useTranslations('PersonWizard');
  const router = useRouter();
  const { state, formAction, text } = useFormAction(chooseWizardMethod, { keepOnSuccess: true });
  const base = `/org/${orgId}/admin/people`;
  useEffect(() => {
    if (state?.ok) router.push(`${base}/new?draft=${state.data.draftId}&step=2`);
  }, [state, router, base]);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      {draftId && <input type="hidden" name="draftId" value={draftId} />}
      <ChoiceGroup
        name="method"
        legend={t('choose_method')}
        defaultValue={text('method', method ?? '') || undefined}
        errors={fieldErrorsOf(state, 'method')}
        options={[
          { value: 'new', label: t('method_new'), hint: t('method_new_hint') },
          { value: 'user', label: t('method_user'), hint: t('method_user_hint') },
        ]}
      />
      {state && !state.ok && !state.fieldErrors && <FormMessage state={state} />}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t('next')}>{t('next')} ›</SubmitButton>
        <Link href={base} className="text-sky-800 underline">
          {t('or_back_to_list')}
        </Link>
      </div>
    </form>
  );
}
