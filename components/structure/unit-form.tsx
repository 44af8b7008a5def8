'use client';

import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import { Field, FieldErrors, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { fullName } from '@/lib/people/full-name';
import { PersonSelect } from '@/components/ui/person-select';
import type { FormAction } from '@/lib/action-core';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { UNIT_LIMITS } from '@/lib/organizations/structure/limits';

type Candidate = { personId: number; surname: string; name: string; patronymic: string | null };
type UnitValues = { id: number; name: string; info: string; headPersonId: number | null; memberIds: number[] };

/** Add or edit a structural unit; head and members are chosen from the organisation's staff. */
export function UnitForm({
  action,
  orgId,
  unit,
  candidates,
}: {
  action: FormAction;
  orgId: number;
  unit?: UnitValues;
  candidates: Candidate[];
}) {
  const t = useTranslations('Structure');
  const tCommon = useTranslations('Common');
  const doneHref = `/org/${orgId}/structure`;
  const router = useRouter();
  const { state: result, formAction, text, values } = useFormAction(action, { onSuccess: () => router.push(doneHref) });
  const headErrors = fieldErrorsOf(result, 'headPersonId');
  const memberErrors = fieldErrorsOf(result, 'memberIds');
  const chosenHead = text('headPersonId', unit?.headPersonId ? String(unit.headPersonId) : '');
  const chosenMembers = new Set(values('memberIds', (unit?.memberIds ?? []).map(String)));
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      {unit && <input type="hidden" name="unitId" value={unit.id} />}
      <FormMessage state={result} />
      <Field name="name" label={t('field_name')} required maxLength={UNIT_LIMITS.name} defaultValue={text('name', unit?.name)} errors={fieldErrorsOf(result, 'name')} />
      <PersonSelect name="headPersonId" label={t('field_head')} people={candidates} chosen={chosenHead} emptyLabel={t('head_none')} errors={headErrors} />
      <Field
        name="info"
        label={t('field_info')}
        hint={t('info_hint')}
        multiline
        rows={6}
        maxLength={UNIT_LIMITS.info}
        defaultValue={text('info', unit?.info)}
        errors={fieldErrorsOf(result, 'info')}
      />
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={['field-memberIds-hint', memberErrors.length ? 'field-memberIds-error' : null].filter(Boolean).join(' ')}
      >
        <legend className="text-sm font-medium">{t('field_members')}</legend>
        <p id="field-memberIds-hint" className="text-xs text-neutral-600">
          {candidates.length === 0 ? t('no_candidates') : t('members_hint')}
        </p>
        <div className={`max-h-72 overflow-y-auto rounded border p-2 ${memberErrors.length ? 'border-red-600' : 'border-neutral-300'}`}>
          {candidates.map((person) => (
            <label key={person.personId} className="flex items-center gap-2 py-0.5">
              <input type="checkbox" name="memberIds" value={person.personId} defaultChecked={chosenMembers.has(String(person.personId))} />
              {fullName(person)}
            </label>
          ))}
        </div>
        <FieldErrors id="field-memberIds-error" errors={memberErrors} />
      </fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={tCommon('saving')}>{unit ? tCommon('save') : tCommon('create')}</SubmitButton>
        <Link href={doneHref} className="text-sky-800 underline">
          {tCommon('cancel')}
        </Link>
      </div>
    </form>
  );
}
