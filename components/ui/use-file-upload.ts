'use client';

import { type FormEvent, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';
import { postFile } from './post-file';

/**
 * One upload form's behaviour (documents, logo): check the chosen file in the browser (a message
 * key, or null when fine), post it to the route handler, show its answer beside the field, and
 * on success clear the form and refresh the page. The server checks everything again.
 */
export function useFileUpload({
  check,
  target,
}: {
  check: (file: File | null) => string | null;
  target: (data: FormData, file: File) => { url: string; headers?: Record<string, string> };
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const chosen = data.get('file');
    const file = chosen instanceof File && chosen.name !== '' ? chosen : null;
    const problem = check(file);
    if (problem || !file) {
      const messageKey = problem ?? 'required';
      setState({ ok: false, messageKey, fieldErrors: { file: [messageKey] } });
      return;
    }
    setPending(true);
    const { url, headers } = target(data, file);
    const result = await postFile(url, file, headers);
    setPending(false);
    setState(result);
    if (result.ok) {
      form.current?.reset();
      router.refresh();
    }
  }

  const errors = state && !state.ok ? (state.fieldErrors?.file ?? []) : [];
  return { form, state, pending, errors, onSubmit };
}
