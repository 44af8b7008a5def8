'use client';

import { useActionState, useState } from 'react';
import type { ActionResult, FormAction } from '@/lib/action-core';

export type FormActionOptions<T> = {
  /** Keep what was sent after a success too (forms that edit in place); otherwise a success empties the form. */
  keepOnSuccess?: boolean;
  /** A success stays: later submissions are not sent (a one-time password once shown stays on screen). */
  holdSuccess?: boolean;
  /** Runs after a success, in the action's transition (navigation, an announcement). */
  onSuccess?: (data: T) => void;
};

/**
 * The one way a client form calls a server action: useActionState that keeps what the user typed.
 * React resets a form's uncontrolled fields after every action, also after a refusal; fields take
 * their defaults from `text` / `checked` / `values`, which read the last submission while it is
 * kept, so that reset lands on the user's input instead of wiping it. A field absent from the
 * submission reads as empty (an unchecked box, no radio chosen), as it was sent.
 */
export function useFormAction<T>(action: FormAction<T>, options: FormActionOptions<T> = {}) {
  const [draft, setDraft] = useState<FormData | null>(null);
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(async (previous, formData) => {
    if (options.holdSuccess && previous?.ok) return previous;
    const result = await action(previous, formData);
    setDraft(draftAfter(result, formData, options.keepOnSuccess ?? false));
    if (result.ok) options.onSuccess?.(result.data);
    return result;
  }, null);
  return { state, formAction, pending, ...fieldsOf(draft) };
}

/** What the form keeps after a result: the submission, unless it succeeded and is not kept. */
export function draftAfter(result: ActionResult<unknown>, submitted: FormData, keepOnSuccess: boolean): FormData | null {
  return result.ok && !keepOnSuccess ? null : submitted;
}

/** Field defaults: the kept submission's values, or the fallbacks while nothing is kept. */
export function fieldsOf(draft: FormData | null) {
  return {
    text: (name: string, fallback = ''): string => {
      if (!draft) return fallback;
      const value = draft.get(name);
      return typeof value === 'string' ? value : '';
    },
    checked: (name: string, fallback: boolean): boolean => (draft ? draft.has(name) : fallback),
    values: (name: string, fallback: string[]): string[] => (draft ? draft.getAll(name).map(String) : fallback),
  };
}
