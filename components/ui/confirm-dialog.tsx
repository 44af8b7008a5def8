'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/**
 * A destructive (or weighty) step behind a confirmation: the trigger opens a native <dialog> (focus
 * trapped, Escape closes) whose confirm button submits `form` children. The dialog is rendered
 * only while it is open: a list with a delete on every row (news, wall posts, documents, forum
 * posts) sent each row's closed dialog — its title, text, buttons and form — in the page's HTML,
 * ≈ 1 KB a row that nobody sees until they click.
 */
export function ConfirmDialog({
  trigger,
  triggerLabel,
  title,
  text,
  cancelLabel,
  children,
  variant = 'danger',
  closeOn,
  onOpen,
}: {
  trigger: string;
  /** A fuller accessible name when a page has several triggers ("Delete “News 1”"). */
  triggerLabel?: string;
  title: string;
  text?: string;
  cancelLabel: string;
  /** The confirming form (a <form action={…}> with a SubmitButton; just the button when the dialog sits inside the form). */
  children: ReactNode;
  /** A confirmed change that is not a deletion gets a plain trigger. */
  variant?: 'danger' | 'primary';
  /** When this changes (an action's result), the dialog closes so the page shows the outcome. */
  closeOn?: unknown;
  /** Runs as the dialog opens (to fetch what its text names). */
  onOpen?: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (closeOn !== undefined) dialog.current?.close();
  }, [closeOn]);
  // Opened as a modal once it is in the document; closed by Escape, Cancel or closeOn, it leaves it again.
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  // Several dialogs can share a page (one per list row): each needs its own title id.
  const titleId = useId();
  // Until the page is hydrated a click would do nothing (on a slow phone, for seconds): the
  // trigger says so by being disabled (false on the server and while hydrating, true after).
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <>
      <Button type="button" aria-label={triggerLabel} disabled={!hydrated} onClick={() => {
          onOpen?.();
          setOpen(true);
        }} variant={variant === 'danger' ? 'dangerOutline' : 'primary'} size={variant === 'danger' ? 'sm' : 'md'}>
        {trigger}
      </Button>
      {open && (
        <dialog ref={dialog} aria-labelledby={titleId} onClose={() => setOpen(false)} className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-black/40">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {text && <p className="mt-2 text-neutral-700">{text}</p>}
          <div className="mt-6 flex justify-end gap-2">
            <Button type="button" onClick={() => dialog.current?.close()} variant="secondary">
              {cancelLabel}
            </Button>
            {children}
          </div>
        </dialog>
      )}
    </>
  );
}

const noSubscription = () => () => {};
