'use client';

import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/action-core';

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState that keeps what the user typed. React resets a form's uncontrolled fields after
 * every action, also after a refusal; defaults read from the last submission (`text`, `checked`)
 * make that reset land on the user's input instead of wiping it. On success the draft is kept
 * only when `keepOnSuccess` (settings forms), so a reply box empties after posting.
 */
export function useDraftAction<T>(action: FormAction<T>, options: { keepOnSuccess?: boolean; onSuccess?: (data: T) => void } = {}) {
  const [draft, setDraft] = useState<FormData | null>(null);
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    setDraft(result.ok && !options.keepOnSuccess ? null : formData);
    if (result.ok) options.onSuccess?.(result.data);
    return result;
  }, null);
  return {
    state,
    formAction,
    pending,
    text: (name: string, fallback = '') => (draft ? String(draft.get(name) ?? '') : fallback),
    checked: (name: string, fallback: boolean) => (draft ? draft.has(name) : fallback),
    choice: (name: string, fallback: string) => (draft?.get(name) as string | null) ?? fallback,
  };
}
