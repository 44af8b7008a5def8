'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { correctIdentity } from '@/lib/people/identity/actions';
import { ChoiceGroup } from './choice-group';
import { useFormAction } from '@/components/ui/use-form-action';

export type IdentityValues = { iin: string; sex: 'male' | 'female'; birthDate: string };

/**
 * Correcting a mistyped IIN or sex (F-3.3), for the admins of every organisation of the person;
 * the birth date goes with them, as the IIN encodes it.
 */
export function IdentityForm({ orgId, personId, initial }: { orgId: number; personId: number; initial: IdentityValues }) {
  const t = useTranslations('AdminPeople');
  const tWizard = useTranslations('PersonWizard');
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const { state, formAction, text } = useFormAction(correctIdentity, { keepOnSuccess: true });
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const value = (name: keyof IdentityValues) => text(name, initial[name]);
  const errors = (name: string) => fieldErrorsOf(state, name);
  const changed = state?.ok ? (state.data as { changed: boolean }).changed : false;
  return (
    <form action={formAction} className="flex flex-col gap-3 border-t border-neutral-200 pt-5" noValidate aria-labelledby="identity-heading">
      <h4 id="identity-heading" className="font-semibold">
        {t('identity_heading')}
      </h4>
      <p className="text-sm text-neutral-600">{t('identity_intro')}</p>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="personId" value={personId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field key={`iin-${value('iin')}`} id="identity-iin" name="iin" label={tWizard('iin')} hint={tWizard('iin_hint')} inputMode="numeric" maxLength={14} defaultValue={value('iin')} errors={errors('iin')} />
        <Field key={`birthDate-${value('birthDate')}`} id="identity-birthDate" name="birthDate" type="date" label={tWizard('birth_date')} defaultValue={value('birthDate')} errors={errors('birthDate')} />
      </div>
      <ChoiceGroup
        key={`sex-${value('sex')}`}
        name="sex"
        legend={tWizard('sex')}
        inline
        options={[
          { value: 'male', label: tWizard('male') },
          { value: 'female', label: tWizard('female') },
        ]}
        defaultValue={value('sex')}
        errors={errors('sex')}
      />
      <FormMessage state={state} success={changed ? t('identity_saved') : t('identity_unchanged')} />
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{t('identity_save')}</SubmitButton>
      </div>
    </form>
  );
}
