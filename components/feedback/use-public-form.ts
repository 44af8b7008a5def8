'use client';

import { type FormEvent, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/action-core';

/**
 * A citizen's form posted to its route handler (no session, works on the static public site):
 * the answer is an ActionResult like a server action's. The typed values stay after a refusal;
 * a success empties the form.
 */
export function usePublicForm<T>(url: string) {
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    // An empty file input still sends an empty part; leave it out.
    const file = data.get('attachment');
    if (file instanceof File && file.size === 0 && file.name === '') data.delete('attachment');
    setPending(true);
    try {
      const response = await fetch(url, { method: 'POST', body: data });
      const result = (await response.json().catch(() => ({ ok: false, messageKey: response.status === 413 ? 'Feedback.attachment_too_large' : 'server_error' }))) as ActionResult<T>;
      setState(result);
      if (result.ok) form.current?.reset();
    } catch {
      setState({ ok: false, messageKey: 'server_error' });
    } finally {
      setPending(false);
    }
  }

  const errors = (name: string) => (state && !state.ok ? (state.fieldErrors?.[name] ?? []) : []);
  return { form, state, pending, onSubmit, errors };
}
