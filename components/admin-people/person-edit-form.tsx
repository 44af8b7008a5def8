'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Field, fieldErrorsOf, FormMessage, SubmitButton, useActionMessage } from '@/components/ui/form';
import { useRouter } from '@/lib/i18n/navigation';
import { updatePerson } from '@/lib/people/person-actions';
import { useFormAction } from '@/components/ui/use-form-action';

export type EditValues = {
  surname: string;
  name: string;
  patronymic: string;
  birthDate: string;
  email: string;
  phone: string;
  position: string;
  socialPosition: string;
  employment: string;
  isAdmin: boolean;
  isModerator: boolean;
  isEditor: boolean;
};

/** Whether this admin changes the person's shared data, else the home organisation that does. */
export type SharedDataAccess = { editable: boolean; homeName: string };

const RIGHTS = ['isAdmin', 'isModerator', 'isEditor'] as const;
const SHARED: ReadonlyArray<[keyof EditValues, string, Record<string, unknown>?]> = [
  ['surname', 'surname'],
  ['name', 'name'],
  ['patronymic', 'patronymic'],
  ['birthDate', 'birth_date', { type: 'date' }],
  ['email', 'email', { type: 'email' }],
  ['phone', 'phone', { type: 'tel', maxLength: 40 }],
];

/**
 * The Data tab (F-3.3): personal data, position and the extra rights of one membership. The
 * personal data is a form field only for the person's home organisation (and the person
 * themself); other admins see it read-only and the form does not send it.
 */
export function PersonEditForm({
  orgId,
  personId,
  membershipId,
  initial,
  sharedData,
}: {
  orgId: number;
  personId: number;
  membershipId: number;
  initial: EditValues;
  sharedData: SharedDataAccess;
}) {
  const t = useTranslations('AdminPeople');
  const tWizard = useTranslations('PersonWizard');
  const tRoles = useTranslations('Roles');
  const tCommon = useTranslations('Common');
  const message = useActionMessage();
  const router = useRouter();
  const { state, formAction, text: sent, checked: sentChecked } = useFormAction(updatePerson, { keepOnSuccess: true });
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const text = (name: keyof EditValues) => sent(name, String(initial[name]));
  const checked = (name: (typeof RIGHTS)[number]) => sentChecked(name, initial[name]);
  const errors = (name: string) => fieldErrorsOf(state, name);
  const field = (name: keyof EditValues, label: string, extra: Record<string, unknown> = {}) => (
    <Field key={`${name}-${text(name)}`} name={name} label={label} defaultValue={text(name)} errors={errors(name)} maxLength={200} {...extra} />
  );
  const rightsErrors = RIGHTS.flatMap((r) => errors(r));
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="membershipId" value={membershipId} />
      {sharedData.editable ? (
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 font-semibold">{t('personal_data')}</legend>
          {SHARED.map(([name, label, extra]) => field(name, tWizard(label as never), name === 'patronymic' ? { hint: tWizard('patronymic_hint') } : extra))}
        </fieldset>
      ) : (
        <section aria-labelledby="shared-data-heading" data-testid="shared-data-readonly">
          <h4 id="shared-data-heading" className="mb-2 font-semibold">{t('personal_data')}</h4>
          <p className="mb-2 rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm">{t('shared_data_readonly', { organization: sharedData.homeName })}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            {SHARED.map(([name, label]) => (
              <div key={name} className="contents">
                <dt className="text-neutral-600">{tWizard(label as never)}</dt>
                <dd>{String(initial[name]) || t('not_given')}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <fieldset className="grid gap-3">
        <legend className="mb-2 font-semibold">{t('position_and_rights')}</legend>
        {field('position', t('position'))}
        {field('socialPosition', t('social_position'))}
        {field('employment', t('employment'))}
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby={rightsErrors.length ? 'rights-error' : undefined}>
        <legend className="mb-1 font-semibold">{t('extra_rights')}</legend>
        {RIGHTS.map((right) => (
          <label key={`${right}-${checked(right)}`} className="flex items-center gap-2">
            <input type="checkbox" name={right} defaultChecked={checked(right)} />
            {tRoles(right === 'isAdmin' ? 'admin' : right === 'isModerator' ? 'moderator' : 'editor')}
          </label>
        ))}
        {rightsErrors.length > 0 && (
          <p id="rights-error" role="alert" className="text-sm text-red-700">
            {rightsErrors.map(message).join(' ')}
          </p>
        )}
      </fieldset>
      <FormMessage state={state} success={tCommon('saved')} />
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{tCommon('save')}</SubmitButton>
      </div>
    </form>
  );
}
