'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/action-core';

export type StickyState<T> = { result: ActionResult<T>; values: Record<string, string> };

/**
 * useActionState that also remembers what was sent. React resets a form after its action, so
 * fields take `values` as their default: a refused form shows what the user typed, not blanks.
 * With `keepSuccess`, a later result never replaces a success (a one-time password once shown
 * stays on screen even if a stray second submit comes back refused).
 */
export function useStickyAction<T>(serverAction: (previous: unknown, formData: FormData) => Promise<ActionResult<T>>, options: { keepSuccess?: boolean } = {}) {
  return useActionState(async (previous: StickyState<T> | null, formData: FormData): Promise<StickyState<T>> => {
    if (options.keepSuccess && previous?.result.ok) return previous;
    const values: Record<string, string> = {};
    for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
    return { result: await serverAction(null, formData), values };
  }, null);
}
