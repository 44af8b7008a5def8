'use client';

import { useTranslations } from 'next-intl';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';

export type FormField = {
  name: string;
  label: string;
  value: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
};

/**
 * A settings form of plain fields (About, Contacts, the feedback contacts, reception rules): every
 * error beside its field, what was typed kept after a refusal, "Saved." after a success.
 */
export function FieldsForm({ action, hidden, fields, testId }: { action: FormAction; hidden: Record<string, string | number>; fields: FormField[]; testId?: string }) {
  const tCommon = useTranslations('Common');
  const { state, formAction, text } = useFormAction(action, { keepOnSuccess: true });
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-4 card" noValidate data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} success={tCommon('saved')} />
      {fields.map((field) => (
        <Field
          key={field.name}
          name={field.name}
          label={field.label}
          hint={field.hint}
          type={field.multiline ? undefined : (field.type ?? 'text')}
          multiline={field.multiline}
          rows={field.rows}
          maxLength={field.maxLength}
          required={field.required}
          autoComplete={field.autoComplete ?? 'off'}
          defaultValue={text(field.name, field.value)}
          errors={fieldErrorsOf(state, field.name)}
        />
      ))}
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{tCommon('save')}</SubmitButton>
      </div>
    </form>
  );
}
