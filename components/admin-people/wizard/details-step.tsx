'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { Field, fieldErrorsOf, FormMessage, messageValuesOf, SubmitButton } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { saveWizardDetails } from '@/lib/people/wizard/actions';
import { ChoiceGroup } from '../choice-group';
import { useFormAction } from '@/components/ui/use-form-action';
import { ExistingPersonOffer } from './existing-person-offer';

type Option = { value: string; label: string };

/**
 * Step 2: the data of a new person, or of a user from another organisation. Whatever is typed
 * is saved to the draft on Next and on Back, so nothing typed is lost.
 */
export function DetailsStep(props: {
  orgId: number;
  draftId: string;
  method: 'new' | 'user';
  roles: Option[];
  values: Record<string, string>;
  initialErrors?: Record<string, string[]>;
  maxDate: string;
}) {
  const t = useTranslations('PersonWizard');
  const router = useRouter();
  const { state, formAction, text } = useFormAction(saveWizardDetails, { keepOnSuccess: true });
  const wizard = `/org/${props.orgId}/admin/people/new?draft=${props.draftId}`;
  useEffect(() => {
    if (state?.ok && state.data.step !== 2) router.push(`${wizard}&step=${state.data.step}`);
  }, [state, router, wizard]);
  const v = (name: string) => text(name, props.values[name] ?? '');
  const match = state?.ok ? state.data.iinMatch : undefined;
  const errorsOf = (name: string) => (state ? fieldErrorsOf(state, name) : (props.initialErrors?.[name] ?? []));
  const iinErrors = match ? ['PersonWizard.iin_exists'] : errorsOf('iin');
  const field = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <Field key={`${name}-${v(name)}`} name={name} label={label} defaultValue={v(name)} errors={errorsOf(name)} maxLength={100} {...extra} />
  );
  return (
    <>
      <form action={formAction} className="flex flex-col gap-5" noValidate>
        <input type="hidden" name="orgId" value={props.orgId} />
        <input type="hidden" name="draftId" value={props.draftId} />
        <p className="font-semibold">{props.method === 'new' ? t('enter_person_data') : t('enter_user_data')}</p>
        <ChoiceGroup name="role" legend={t('role')} options={props.roles} defaultValue={v('role') || undefined} errors={errorsOf('role')} />
        {field('arrivalDate', t('arrival_date'), { type: 'date', max: props.maxDate })}
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 font-semibold">{t('personal_data')}</legend>
          {field('surname', t('surname'), { autoComplete: 'off' })}
          {field('name', t('name'), { autoComplete: 'off' })}
          {props.method === 'new' ? (
            <>
              {field('patronymic', t('patronymic'), { hint: t('patronymic_hint') })}
              {field('birthDate', t('birth_date'), { type: 'date' })}
              <ChoiceGroup name="sex" legend={t('sex')} inline defaultValue={v('sex') || undefined} errors={errorsOf('sex')} options={[{ value: 'male', label: t('male') }, { value: 'female', label: t('female') }]} />
              <Field key={`iin-${v('iin')}`} name="iin" label={t('iin')} hint={t('iin_hint')} defaultValue={v('iin')} errors={iinErrors} errorValues={state ? messageValuesOf(state) : undefined} inputMode="numeric" maxLength={20} autoComplete="off" />
            </>
          ) : (
            field('account', t('account'), { autoComplete: 'off', maxLength: 200 })
          )}
        </fieldset>
        {props.method === 'new' && (
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 font-semibold">{t('contacts')}</legend>
            {field('email', t('email'), { type: 'email', maxLength: 200 })}
            {field('phone', t('phone'), { type: 'tel', maxLength: 40 })}
          </fieldset>
        )}
        {state && !state.ok && !state.fieldErrors && <FormMessage state={state} />}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="back" formNoValidate variant="secondary">
            ‹ {t('back')}
          </Button>
          <SubmitButton pendingLabel={t('next')}>{t('next')} ›</SubmitButton>
        </div>
      </form>
      {match && <ExistingPersonOffer orgId={props.orgId} draftId={props.draftId} match={match} />}
    </>
  );
}
