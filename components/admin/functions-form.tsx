'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { fieldErrorsOf, FormMessage, SubmitButton, useActionMessage } from '@/components/ui/form';
import { Select as SelectControl } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';
import type { FunctionSettings } from '@/lib/organizations/functions/tabs';
import { Link } from '@/lib/i18n/navigation';

/**
 * The Functions settings (F-4.4, the guide's figure 8). Field names are paths into
 * FunctionSettings; an unticked checkbox sends nothing and is saved as off.
 */
export function FunctionsForm({
  action,
  orgId,
  settings,
  applicationsEmailConfirmed,
  siteUrl,
  adminPath,
}: {
  action: FormAction<{ changed: number }>;
  orgId: number;
  settings: FunctionSettings;
  applicationsEmailConfirmed: boolean;
  siteUrl: string;
  adminPath: string;
}) {
  const t = useTranslations('Functions');
  const tCommon = useTranslations('Common');
  const { state, formAction, checked, text } = useFormAction(action, { keepOnSuccess: true });
  const box = (name: string, value: boolean) => ({ name, defaultChecked: checked(name, value), errors: fieldErrorsOf(state, name) });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <FormMessage state={state} success={tCommon('saved')} />

      <FunctionSection>
        <Switch {...box('forums.enabled', settings.forums.enabled)} label={t('forums')} description={t('forums_text')} />
        <div className="ml-7 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Select name="forums.visibleTo" label={t('forums_visible_to')} defaultValue={text('forums.visibleTo', settings.forums.visibleTo)}>
            <option value="all_users">{t('forums_visible_all_users')}</option>
            <option value="members">{t('forums_visible_members')}</option>
          </Select>
          <Select name="forums.topicsOpenedBy" label={t('forums_topics_opened_by')} defaultValue={text('forums.topicsOpenedBy', settings.forums.topicsOpenedBy)}>
            <option value="participants">{t('forums_topics_participants')}</option>
            <option value="moderators">{t('forums_topics_moderators')}</option>
          </Select>
        </div>
      </FunctionSection>

      <FunctionSection>
        <Switch {...box('documents.enabled', settings.documents.enabled)} label={t('documents')} description={t('documents_text')} />
        <fieldset className="ml-7 flex flex-col gap-1">
          <legend className="sr-only">{t('documents_upload_by')}</legend>
          {(['staff', 'admins'] as const).map((value) => (
            <label key={value} className="flex items-start gap-2">
              <input type="radio" name="documents.uploadBy" value={value} defaultChecked={text('documents.uploadBy', settings.documents.uploadBy) === value} className="mt-1" />
              <span>{t(`documents_upload_${value}`)}</span>
            </label>
          ))}
        </fieldset>
      </FunctionSection>

      <FunctionSection>
        <Switch {...box('pages.enabled', settings.pages.enabled)} label={t('pages')} description={t('pages_text')} />
      </FunctionSection>

      <FunctionSection>
        <Switch {...box('structure.enabled', settings.structure.enabled)} label={t('structure')} description={t('structure_text')} />
      </FunctionSection>

      <FunctionSection>
        <Switch {...box('feedback.enabled', settings.feedback.enabled)} label={t('feedback')} description={t('feedback_text')} />
        <fieldset className="ml-7 flex flex-col gap-2">
          <legend className="sr-only">{t('feedback_parts')}</legend>
          <Switch {...box('feedback.reception', settings.feedback.reception)} label={t('feedback_reception')} />
          <Switch
            {...box('feedback.applications', settings.feedback.applications)}
            label={t('feedback_applications')}
            description={applicationsEmailConfirmed ? undefined : t('applications_email_unconfirmed_hint')}
          />
          <Switch {...box('feedback.questions', settings.feedback.questions)} label={t('feedback_questions')} />
        </fieldset>
      </FunctionSection>

      <FunctionSection>
        <Switch {...box('site.enabled', settings.site.enabled)} label={t('site')} description={t('site_text')} />
        <p className="ml-7 text-sm">
          {t('site_address')}:{' '}
          <a href={siteUrl} className="break-all text-sky-800 underline" data-testid="site-url">
            {siteUrl}
          </a>
        </p>
      </FunctionSection>

      <p className="text-sm text-neutral-700">{t('footer_text')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <SubmitButton pendingLabel={tCommon('saving')}>{tCommon('save')}</SubmitButton>
        <span>
          {t('or')}{' '}
          <Link href={adminPath} className="text-sky-800 underline">
            {t('back_to_admin')}
          </Link>
        </span>
      </div>
    </form>
  );
}

function FunctionSection({ children }: { children: ReactNode }) {
  return <section className="flex flex-col gap-3 rounded-lg border border-neutral-200 bg-white p-4">{children}</section>;
}

/** A labelled checkbox with an optional explanation and its errors, announced to screen readers. */
function Switch({ name, label, description, defaultChecked, errors }: { name: string; label: string; description?: string; defaultChecked: boolean; errors: string[] }) {
  const message = useActionMessage();
  const id = `field-${name.replace('.', '-')}`;
  const describedBy = [description && `${id}-text`, errors.length > 0 && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={id}
          name={name}
          defaultChecked={defaultChecked}
          aria-describedby={describedBy}
          aria-invalid={errors.length > 0 || undefined}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
      </div>
      {description && (
        <p id={`${id}-text`} className="ml-6 text-sm text-neutral-700">
          {description}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} role="alert" className="ml-6 text-sm text-red-700">
          {errors.map(message).join(' ')}
        </p>
      )}
    </div>
  );
}

function Select({ name, label, defaultValue, children }: { name: string; label: string; defaultValue: string; children: ReactNode }) {
  const id = `field-${name.replace('.', '-')}`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {/* As wide as its column, not its longest option: a phone's screen is narrower. */}
      <SelectControl id={id} name={name} defaultValue={defaultValue} className="w-full min-w-0">
        {children}
      </SelectControl>
    </div>
  );
}
