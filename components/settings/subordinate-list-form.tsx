'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef } from 'react';
import { FieldErrors, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';

export type SubordinateRow = { id: number; name: string; fullName: string; typeName: string | null; territoryName: string | null };

/**
 * One of F-4.7's two lists (the guide's figure 11): checkboxes, "all on this page", and the
 * button that moves the checked rows to the other list ("Exclude >" or "< Add").
 */
export function SubordinateListForm({
  action,
  orgId,
  direction,
  title,
  rows,
  total,
  buttonLabel,
  empty,
  testId,
}: {
  action: FormAction<{ moved: number }>;
  orgId: number;
  direction: 'exclude' | 'add';
  title: string;
  rows: SubordinateRow[];
  total: number;
  buttonLabel: string;
  empty: string;
  testId: string;
}) {
  const t = useTranslations('Subordinates');
  const router = useRouter();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const toggleAll = (checked: boolean) => form.current?.querySelectorAll<HTMLInputElement>('input[name="institutionIds"]').forEach((box) => (box.checked = checked));
  return (
    <form ref={form} action={formAction} className="flex min-w-0 flex-1 flex-col gap-2 rounded-lg bg-white p-4 shadow-sm" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId} className="font-semibold">
        {title}{' '}
        <span className="ml-1 rounded-full bg-sky-100 px-2 py-0.5 text-sm font-medium text-sky-900" data-testid={`${testId}-count`}>
          {total}
        </span>
      </h3>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="direction" value={direction} />
      {/* Nothing ticked: the list's own message, not the vague form-level one (there is no field to mark). */}
      {state && !state.ok && (fieldErrorsOf(state, 'institutionIds').length > 0 ? <FieldErrors id={`${headingId}-error`} errors={fieldErrorsOf(state, 'institutionIds')} /> : <FormMessage state={state} />)}
      {state?.ok && <FormMessage state={state} success={t('moved', { count: state.data.moved })} />}
      {rows.length === 0 ? (
        <p className="text-neutral-600">{empty}</p>
      ) : (
        <>
          <label className="flex items-center gap-2 text-sm text-neutral-700">
            <input type="checkbox" onChange={(e) => toggleAll(e.target.checked)} className="h-4 w-4" />
            {t('check_page')}
          </label>
          <ul className="flex flex-col divide-y divide-neutral-100">
            {rows.map((row) => (
              <li key={row.id} className="py-1">
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="institutionIds" value={row.id} className="mt-1 h-4 w-4" />
                  <span>
                    <span className="block">{row.name}</span>
                    <span className="block text-xs text-neutral-600">{[row.typeName, row.territoryName].filter(Boolean).join(' · ')}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <div>
        <SubmitButton>{buttonLabel}</SubmitButton>
      </div>
    </form>
  );
}
