'use client';

import { useActionState, useEffect } from 'react';
import type { FormAction } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';

/**
 * useActionState for a one-button form whose effect shows elsewhere on the page (the header's
 * unread counter, the "last reminder" line): after a success the server renders the page again.
 */
export function useRefreshingAction<T>(action: FormAction<T>) {
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return [state, formAction] as const;
}
