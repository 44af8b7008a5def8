'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, startTransition, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, FieldErrors, fieldErrorsOf, FormMessage } from '@/components/ui/form';
import { Select } from '@/components/ui/input';
import { SearchCombobox } from '@/components/ui/search-combobox';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';
import { CONTACT_LIMITS } from '@/lib/organizations/settings/contact-fields';
import { INSTRUCTION_LANGUAGES, REGISTER_LIMITS, registerFieldKey } from '@/lib/organizations/register/schemas';
import { NAME_LIMITS } from '@/lib/organizations/settings/schemas';

type Option = { id: number; name: string };

export type RegisterValues = {
  /** An institution or a lower authority (a subordinate organisation); chosen when created, then fixed. */
  kind: 'institution' | 'authority';
  fullName: string;
  shortName: string;
  fullNameRu: string;
  shortNameRu: string;
  institutionTypeId: string;
  organizationalStructure: 'independent' | 'branch';
  branchOfId: string;
  territoryId: string;
  headPersonId: string;
  legalAddress: string;
  actualAddress: string;
  phones: string;
  email: string;
  website: string;
  licenceNumber: string;
  licenceDate: string;
  licenceIssuer: string;
  accreditationNumber: string;
  accreditationDate: string;
  bin: string;
  languages: string[];
};

/** `mains` (what it can be a branch of) only for an entry that is a branch; otherwise asked for when "branch" is chosen. */
export type RegisterOptions = { types: Array<{ name: string; types: Option[] }>; territories: Option[]; mains: Option[] | null; head: Option | null; hasStaff: boolean };

/**
 * Every field of the register (F-7.2) for a new institution or lower authority, or one of the register: each error
 * beside its field, what was typed kept after a refusal; a new one opens its own page.
 */
export function RegisterForm({ action, hidden, values, options, createdPath }: { action: FormAction; hidden: Record<string, string | number>; values: RegisterValues; options: RegisterOptions; createdPath?: string }) {
  const t = useTranslations('InstitutionRegister');
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const editing = 'institutionId' in hidden;
  const { state, formAction, pending, text } = useFormAction(action, {
    keepOnSuccess: true,
    onSuccess: (data) => {
      if (createdPath) router.push(`${createdPath}/${(data as { id: number }).id}?created=1`);
    },
  });
  // Sent without React's form reset, so the selects and ticks stay as chosen after a refusal.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const [kind, setKind] = useState(values.kind);
  const [structure, setStructure] = useState(values.organizationalStructure);
  // "Branch of" lists every institution of the authority (199 at city scale): the page sends it for
  // a branch only; otherwise it is asked for when "branch" is chosen (lib/organizations/register/queries.ts).
  const [mains, setMains] = useState(options.mains);
  const [mainsFailed, setMainsFailed] = useState(false);
  const chooseStructure = (value: RegisterValues['organizationalStructure']) => {
    setStructure(value);
    if (value !== 'branch' || mains !== null) return;
    setMainsFailed(false);
    fetch(`/api/org/${hidden.orgId}/register-mains${editing ? `?except=${hidden.institutionId}` : ''}`)
      .then((response) => (response.ok ? (response.json() as Promise<Option[]>) : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then(setMains, () => setMainsFailed(true));
  };
  // Controlled, so a refusal (which resets the form's uncontrolled fields) keeps what was ticked.
  const [languages, setLanguages] = useState(values.languages);
  const languageErrors = fieldErrorsOf(state, 'languages');
  const field = (name: keyof RegisterValues, max: number, extra: { type?: string; hint?: string; required?: boolean } = {}) => (
    <Field
      name={name}
      label={t(registerFieldKey(name) as never)}
      maxLength={max}
      type={extra.type ?? 'text'}
      hint={extra.hint}
      required={extra.required}
      autoComplete="off"
      defaultValue={text(name, values[name] as string)}
      errors={fieldErrorsOf(state, name)}
    />
  );
  const select = (name: keyof RegisterValues, list: Option[] | Array<{ name: string; types: Option[] }>, emptyLabel: string | null) => {
    const errors = fieldErrorsOf(state, name);
    const id = `field-${name}`;
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {t(registerFieldKey(name) as never)}
        </label>
        <Select id={id} name={name} defaultValue={text(name, values[name] as string)} aria-invalid={errors.length > 0 || undefined} aria-describedby={errors.length ? `${id}-error` : undefined}>
          {emptyLabel !== null && <option value="">{emptyLabel}</option>}
          {list.map((o) =>
            'types' in o ? (
              <optgroup key={o.name} label={o.name}>
                {o.types.map((type) => (
                  <option key={type.id} value={type.id}>
                    {type.name}
                  </option>
                ))}
              </optgroup>
            ) : (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ),
          )}
        </Select>
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
    );
  };
  const fieldset = (legend: string, children: ReactNode) => (
    <fieldset className="flex flex-col gap-3 rounded border border-neutral-200 p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
  return (
    <form onSubmit={submit} className="flex max-w-3xl flex-col gap-4 card" noValidate data-testid="register-form">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} success={editing ? tCommon('saved') : t('created')} />
      {fieldset(
        t('section_names'),
        <>
          {field('fullName', NAME_LIMITS.fullName, { required: true })}
          {field('shortName', NAME_LIMITS.shortName, { required: true })}
          {field('fullNameRu', NAME_LIMITS.fullName)}
          {field('shortNameRu', NAME_LIMITS.shortName)}
          {field('bin', 12, { hint: t('bin_hint') })}
        </>,
      )}
      {fieldset(
        t('section_kind'),
        <>
          {editing ? (
            <input type="hidden" name="kind" value={kind} />
          ) : (
            <div className="flex flex-col gap-1">
              <label htmlFor="field-kind" className="text-sm font-medium">
                {t('field_kind')}
              </label>
              <Select id="field-kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value as RegisterValues['kind'])}>
                <option value="institution">{t('kind_institution')}</option>
                <option value="authority">{t('kind_authority')}</option>
              </Select>
            </div>
          )}
          {kind === 'authority' ? (
            // A lower authority has no institution type, structure or languages of instruction.
            <>
              <input type="hidden" name="institutionTypeId" value="" />
              <input type="hidden" name="organizationalStructure" value="independent" />
              <input type="hidden" name="branchOfId" value="" />
            </>
          ) : (
            <>
              {select('institutionTypeId', options.types, t('choose'))}
              <div className="flex flex-col gap-1">
                <label htmlFor="field-organizationalStructure" className="text-sm font-medium">
                  {t('field_organizational_structure')}
                </label>
                <Select id="field-organizationalStructure" name="organizationalStructure" value={structure} onChange={(e) => chooseStructure(e.target.value as RegisterValues['organizationalStructure'])}>
                  <option value="independent">{t('structure_independent')}</option>
                  <option value="branch">{t('structure_branch')}</option>
                </Select>
              </div>
              {structure === 'branch' && mains ? select('branchOfId', mains, t('choose')) : <input type="hidden" name="branchOfId" value="" />}
              {structure === 'branch' && !mains && (
                <p role="status" className="text-sm text-neutral-600" data-testid="mains-state">
                  {mainsFailed ? t('mains_failed') : t('mains_loading')}
                </p>
              )}
            </>
          )}
          {select('territoryId', options.territories, t('no_territory'))}
          {kind === 'authority' && !editing && <p className="text-sm text-neutral-600">{t('territory_authority_hint')}</p>}
          {editing && (
            <SearchCombobox
              name="headPersonId"
              label={t('field_head_person_id')}
              chosen={options.head}
              emptyLabel={options.hasStaff ? t('head_director') : t('head_nobody')}
              disabled={!options.hasStaff}
              source={`/api/org/${hidden.orgId}/register-heads?institution=${hidden.institutionId}`}
              errors={fieldErrorsOf(state, 'headPersonId')}
              texts={{
                change: tCommon('edit'),
                cancel: tCommon('cancel'),
                hint: t('head_search_hint'),
                searching: t('head_searching'),
                failed: t('head_failed'),
                none: t('head_none_found'),
                found: (count) => t('head_found', { count }),
                more: (count) => t('head_more', { count }),
              }}
            />
          )}
          {kind === 'institution' && (
            <fieldset className="flex flex-col gap-1" aria-describedby={languageErrors.length ? 'field-languages-error' : undefined}>
              <legend className="text-sm font-medium">{t('field_languages')}</legend>
              <div className="flex flex-wrap gap-4">
                {INSTRUCTION_LANGUAGES.map((code) => (
                  <label key={code} className="flex items-center gap-2">
                    <input type="checkbox" name="languages" value={code} checked={languages.includes(code)} onChange={(e) => setLanguages((list) => (e.target.checked ? [...list, code] : list.filter((l) => l !== code)))} />
                    {t(`language_${code}`)}
                  </label>
                ))}
              </div>
              <FieldErrors id="field-languages-error" errors={languageErrors} />
            </fieldset>
          )}
        </>,
      )}
      {fieldset(
        t('section_contacts'),
        <>
          {field('legalAddress', CONTACT_LIMITS.address)}
          {field('actualAddress', CONTACT_LIMITS.address)}
          {field('phones', CONTACT_LIMITS.phones, { type: 'tel' })}
          {field('email', CONTACT_LIMITS.email, { type: 'email' })}
          {field('website', CONTACT_LIMITS.website, { type: 'url' })}
        </>,
      )}
      {fieldset(
        t('section_licence'),
        <>
          {field('licenceNumber', REGISTER_LIMITS.number)}
          {field('licenceDate', 10, { type: 'date' })}
          {field('licenceIssuer', REGISTER_LIMITS.issuer)}
          {field('accreditationNumber', REGISTER_LIMITS.number)}
          {field('accreditationDate', 10, { type: 'date' })}
        </>,
      )}
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? tCommon('saving') : editing ? tCommon('save') : t('create')}
        </Button>
      </div>
    </form>
  );
}
