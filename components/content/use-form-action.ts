'use client';

import { useActionState, useEffect } from 'react';
import type { ActionResult } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';

type FormAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;
type State<T> = { result: ActionResult<T>; submitted: FormData | null } | null;

/**
 * useActionState for an edit form. React resets a form after its action runs; when the action
 * failed, the fields take what was submitted back as their defaults, so nothing typed is lost.
 * After a success they fall back to the initial values (an emptied form for "add" forms), or the
 * browser moves on to `doneHref(data)` when given.
 */
export function useFormAction<T>(action: FormAction<T>, doneHref?: (data: T) => string) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<State<T>, FormData>(async (_previous, formData) => {
    const result = await action(null, formData);
    return { result, submitted: result.ok ? null : formData };
  }, null);
  const result = state?.result ?? null;
  useEffect(() => {
    if (result?.ok && doneHref) router.push(doneHref(result.data));
  }, [result, doneHref, router]);
  const submitted = state?.submitted ?? null;
  return {
    result,
    formAction,
    pending,
    valueOf: (name: string, initial = ''): string => {
      const value = submitted?.get(name);
      return typeof value === 'string' ? value : initial;
    },
    valuesOf: (name: string, initial: string[]): string[] => (submitted ? submitted.getAll(name).map(String) : initial),
  };
}
