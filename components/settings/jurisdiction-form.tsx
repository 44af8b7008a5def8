'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FieldErrors, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { Select } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';
import type { LowerAuthorityRow } from '@/lib/organizations/jurisdiction/queries';

/**
 * One lower authority's jurisdiction: its own structure only, or a territory inside the
 * jurisdiction of the authority above it (nested names indented). Saving asks for confirmation,
 * since the authority's reports, notifications and People follow at once.
 */
export function JurisdictionForm({ action, orgId, authority }: { action: FormAction<{ changed: number }>; orgId: number; authority: LowerAuthorityRow }) {
  const t = useTranslations('Jurisdiction');
  const tCommon = useTranslations('Common');
  const { state, formAction } = useFormAction(action, { keepOnSuccess: true });
  const [choice, setChoice] = useState(authority.territoryId === null ? '' : String(authority.territoryId));
  const territory = authority.options.find((o) => String(o.id) === choice)?.name ?? null;
  const id = `jurisdiction-${authority.id}`;
  const errors = fieldErrorsOf(state, 'territoryId');
  return (
    <form action={formAction} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm" data-testid={id} noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="authorityId" value={authority.id} />
      <label htmlFor={id + '-territory'} className="font-medium">
        {authority.shortName}
        {authority.parentName && <span className="font-normal text-neutral-600"> ({t('under', { name: authority.parentName })})</span>}
      </label>
      <Select
        id={id + '-territory'}
        name="territoryId"
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length > 0 ? `${id}-error` : undefined} className="max-w-xl"
      >
        <option value="">{t('structure_only')}</option>
        {authority.options.map((option) => (
          <option key={option.id} value={option.id}>
            {'\u00a0\u00a0'.repeat(option.depth)}
            {option.name}
          </option>
        ))}
      </Select>
      <FieldErrors id={`${id}-error`} errors={errors} />
      <FormMessage state={state} success={t('saved', { name: authority.shortName, territory: territory ?? t('structure_only') })} />
      <div>
        <ConfirmDialog
          trigger={tCommon('save')}
          triggerLabel={t('save_for', { name: authority.shortName })}
          variant="primary"
          title={t('confirm_title', { name: authority.shortName })}
          text={territory ? t('confirm_text', { name: authority.shortName, territory }) : t('confirm_text_none', { name: authority.shortName })}
          cancelLabel={tCommon('cancel')}
          closeOn={state}
        >
          <SubmitButton pendingLabel={tCommon('saving')}>{t('confirm')}</SubmitButton>
        </ConfirmDialog>
      </div>
    </form>
  );
}
