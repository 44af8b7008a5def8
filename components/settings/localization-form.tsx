'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FieldErrors, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { Select as SelectControl } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';

type Territory = { id: number; parentId: number | null; level: string; name: string };

/**
 * Settings → Localization (F-4.5, the guide's figure 9): country → region → city as dependent
 * selects (choosing a region empties the city), territorial subordination, time zone.
 */
export function LocalizationForm({
  action,
  orgId,
  territories,
  initial,
  timeZones,
}: {
  action: FormAction;
  orgId: number;
  territories: Territory[];
  initial: { countryId: number | null; regionId: number | null; cityId: number | null; subordinationId: number | null; timeZone: string };
  timeZones: Array<{ id: string; label: string }>;
}) {
  const t = useTranslations('Localization');
  const tCommon = useTranslations('Common');
  const { state, formAction } = useFormAction(action, { keepOnSuccess: true });
  const [countryId, setCountryId] = useState(initial.countryId);
  const [regionId, setRegionId] = useState(initial.regionId);
  const [cityId, setCityId] = useState(initial.cityId);
  const childrenOf = (parentId: number | null) => (parentId === null ? [] : territories.filter((x) => x.parentId === parentId));
  const countries = territories.filter((x) => x.level === 'country');
  const regions = childrenOf(countryId);
  const cities = childrenOf(regionId);
  const allRegions = territories.filter((x) => x.level === 'region');
  const asId = (value: string) => (value === '' ? null : Number(value));
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-4 card" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <FormMessage state={state} success={tCommon('saved')} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-semibold">{t('location')}</legend>
        <Select
          name="countryId"
          label={t('country')}
          value={countryId}
          errors={fieldErrorsOf(state, 'countryId')}
          onChange={(v) => {
            setCountryId(asId(v));
            setRegionId(null);
            setCityId(null);
          }}
          options={countries}
          empty={t('not_chosen')}
        />
        <Select
          name="regionId"
          label={t('region')}
          value={regionId}
          errors={fieldErrorsOf(state, 'regionId')}
          onChange={(v) => {
            setRegionId(asId(v));
            setCityId(null);
          }}
          options={regions}
          empty={t('not_chosen')}
          disabled={regions.length === 0}
        />
        <Select name="cityId" label={t('city')} value={cityId} errors={fieldErrorsOf(state, 'cityId')} onChange={(v) => setCityId(asId(v))} options={cities} empty={t('not_chosen')} disabled={cities.length === 0} />
      </fieldset>
      <Select name="subordinationId" label={t('subordination')} defaultValue={initial.subordinationId} errors={fieldErrorsOf(state, 'subordinationId')} options={allRegions} empty={t('not_chosen')} hint={t('subordination_hint')} />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-timeZone" className="text-sm font-medium">
          {t('time_zone')}
        </label>
        <SelectControl id="field-timeZone" name="timeZone" defaultValue={initial.timeZone} aria-describedby="field-timeZone-hint">
          {timeZones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.label}
            </option>
          ))}
        </SelectControl>
        <p id="field-timeZone-hint" className="text-xs text-neutral-600">
          {t('time_zone_hint')}
        </p>
        <FieldErrors id="field-timeZone-error" errors={fieldErrorsOf(state, 'timeZone')} />
      </div>
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{tCommon('save')}</SubmitButton>
      </div>
    </form>
  );
}

function Select(props: {
  name: string;
  label: string;
  options: Territory[];
  empty: string;
  errors: string[];
  value?: number | null;
  defaultValue?: number | null;
  onChange?: (value: string) => void;
  disabled?: boolean;
  hint?: string;
}) {
  const id = `field-${props.name}`;
  const controlled = props.onChange ? { value: props.value === null || props.value === undefined ? '' : String(props.value), onChange: (e: { target: { value: string } }) => props.onChange!(e.target.value) } : { defaultValue: props.defaultValue === null || props.defaultValue === undefined ? '' : String(props.defaultValue) };
  const describedBy = [props.hint ? `${id}-hint` : null, props.errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {props.label}
      </label>
      <SelectControl id={id} name={props.name} {...controlled} disabled={props.disabled} aria-describedby={describedBy} aria-invalid={props.errors.length > 0 || undefined}>
        <option value="">{props.empty}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </SelectControl>
      {props.hint && (
        <p id={`${id}-hint`} className="text-xs text-neutral-600">
          {props.hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={props.errors} />
    </div>
  );
}
