'use client';

import { useTranslations } from 'next-intl';
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionResult, MessageValues } from '@/lib/action-core';
import { Button } from './button';
import { Input, Textarea } from './input';
import { SuccessText } from './success-text';

/** Translates an action's message key: plain keys live in Validation, dotted ones are full paths. */
function useMessageTranslator() {
  const tValidation = useTranslations('Validation');
  const tAll = useTranslations();
  return (key: string, values?: MessageValues) => (key.includes('.') ? tAll(key as never, values as never) : tValidation(key as never, values as never));
}

/** For field errors (keys only): usable as `errors.map(message)`. */
export function useActionMessage() {
  const translate = useMessageTranslator();
  return (key: string) => translate(key);
}

export function fieldErrorsOf(state: ActionResult<unknown> | null | undefined, name: string): string[] {
  return state && !state.ok ? (state.fieldErrors?.[name] ?? []) : [];
}

/** The values of a failed action's message, for a field whose error has placeholders (a wait in minutes). */
export function messageValuesOf(state: ActionResult<unknown> | null | undefined): MessageValues | undefined {
  return state && !state.ok ? state.messageValues : undefined;
}

type FieldProps = { name: string; label: string; errors?: string[]; errorValues?: MessageValues; hint?: string; children?: ReactNode };

/** A labelled field with its errors beside it, announced to screen readers. */
export function Field({
  name,
  label,
  errors = [],
  errorValues,
  hint,
  multiline,
  id: idProp,
  ...input
}: FieldProps & { multiline?: boolean } & InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const translate = useMessageTranslator();
  // Two forms on one page (the Feedback tab) give their fields their own ids.
  const id = idProp ?? `field-${name}`;
  const describedBy = [errors.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {multiline ? <Textarea {...common} {...(input as TextareaHTMLAttributes<HTMLTextAreaElement>)} /> : <Input {...common} {...(input as InputHTMLAttributes<HTMLInputElement>)} />}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-neutral-600">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {errors.map((key) => translate(key, errorValues)).join(' ')}
        </p>
      )}
    </div>
  );
}

/** The errors of one field, for controls that Field does not draw (selects, checkboxes). */
export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  const message = useActionMessage();
  if (errors.length === 0) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-700">
      {errors.map(message).join(' ')}
    </p>
  );
}

/**
 * The form-level result: the error message of a failed action, or a success text. When the
 * refusal's reasons stand beside the fields, the banner says how many fields to correct instead
 * of a vague "invalid" or a second copy of a field's message.
 */
export function FormMessage({ state, success }: { state: ActionResult<unknown> | null | undefined; success?: string }) {
  const message = useMessageTranslator();
  if (!state) return null;
  if (state.ok) return success ? <SuccessText role="status">{success}</SuccessText> : null;
  const fields = Object.entries(state.fieldErrors ?? {}).filter(([, keys]) => keys.length > 0);
  const besideFields = fields.length > 0 && (state.messageKey === 'invalid' || fields.some(([, keys]) => keys.includes(state.messageKey)));
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {besideFields ? message('check_fields', { count: String(fields.length) }) : message(state.messageKey, state.messageValues)}
    </p>
  );
}

/** A success text in the one style of the app (FormMessage, the page's action notice). */
/** Disabled while the form is sending, so a double click submits once. */
export function SubmitButton({ children, pendingLabel, variant = 'primary' }: { children: ReactNode; pendingLabel?: string; variant?: 'primary' | 'danger' }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
