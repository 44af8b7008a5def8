'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { useFormAction } from '@/components/ui/use-form-action';

export type TitleBodyLabels = { title: string; body: string; hint: string; submit: string; pending: string };

/** A title and a text (news, interactive pages): errors beside each field, then on to `doneHref`. */
export function TitleBodyForm<T>({
  action,
  hidden,
  initial,
  labels,
  limits,
  rows,
  cancelHref,
  doneHref,
  renderBody,
}: {
  action: FormAction<T>;
  hidden: Record<string, number>;
  initial?: { title: string; body: string };
  labels: TitleBodyLabels;
  limits: { title: number; body: number };
  rows: number;
  cancelHref: string;
  doneHref: (data: T) => string;
  /** Another control for the body (the page editor), given what the plain field would get. */
  renderBody?: (field: { defaultValue: string; errors: string[] }) => ReactNode;
}) {
  const tCommon = useTranslations('Common');
  const router = useRouter();
  const { state: result, formAction, text } = useFormAction(action, { onSuccess: (data) => router.push(doneHref(data)) });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={result} />
      <Field name="title" label={labels.title} required maxLength={limits.title} defaultValue={text('title', initial?.title)} errors={fieldErrorsOf(result, 'title')} />
      {renderBody ? (
        renderBody({ defaultValue: text('body', initial?.body), errors: fieldErrorsOf(result, 'body') })
      ) : (
        <Field
          name="body"
          label={labels.body}
          hint={labels.hint}
          multiline
          rows={rows}
          required
          maxLength={limits.body}
          defaultValue={text('body', initial?.body)}
          errors={fieldErrorsOf(result, 'body')}
        />
      )}
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
        <Link href={cancelHref} className="text-sky-800 underline">
          {tCommon('cancel')}
        </Link>
      </div>
    </form>
  );
}
