'use client';

import { useId, useRef, type ReactNode } from 'react';

/**
 * A destructive step behind a confirmation: the trigger opens a native <dialog> (focus trapped,
 * Escape closes) whose confirm button submits `form` children.
 */
export function ConfirmDialog({
  trigger,
  title,
  text,
  cancelLabel,
  children,
}: {
  trigger: string;
  title: string;
  text?: string;
  cancelLabel: string;
  /** The confirming form (usually a <form action={…}> with a SubmitButton). */
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Several dialogs share a page (one per row), so each title needs its own id.
  const titleId = useId();
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="rounded border border-red-700 px-3 py-1 text-red-800 hover:bg-red-50">
        {trigger}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-black/40">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {text && <p className="mt-2 text-neutral-700">{text}</p>}
        <div className="mt-6 flex justify-end gap-2">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-neutral-400 px-4 py-2">
            {cancelLabel}
          </button>
          {children}
        </div>
      </dialog>
    </>
  );
}
