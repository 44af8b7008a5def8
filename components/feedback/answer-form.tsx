'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useActionNotice } from '@/components/ui/action-notice';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';

/**
 * A reply box under one item of an admin list: the answer to a question (with "publish") or the
 * reply to an application (sent by e-mail). Several on a page: each has its own field ids.
 */
export function AnswerForm({
  action,
  fields,
  name,
  label,
  initial,
  submitLabel,
  successLabel,
  publishLabel,
  publishInitially,
  clearOnSuccess = false,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  name: string;
  label: string;
  initial: string;
  submitLabel: string;
  successLabel: string;
  publishLabel?: string;
  publishInitially?: boolean;
  /** A sent reply empties the box; a saved answer stays to be edited. */
  clearOnSuccess?: boolean;
}) {
  const tCommon = useTranslations('Common');
  const id = useId();
  // Said at the top of the page: an answered question or application leaves the "new" list.
  const announce = useActionNotice();
  const { state, formAction, text, checked } = useFormAction(action, { keepOnSuccess: !clearOnSuccess, onSuccess: () => announce(successLabel) });
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <FormMessage state={state} />
      <Field id={`${id}-${name}`} name={name} label={label} multiline rows={4} maxLength={10_000} defaultValue={text(name, initial)} errors={fieldErrorsOf(state, name)} />
      {publishLabel && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="publish" defaultChecked={checked('publish', publishInitially ?? true)} className="h-4 w-4" />
          {publishLabel}
        </label>
      )}
      <div>
        <SubmitButton pendingLabel={tCommon('saving')}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
