'use client';

import { useActionState } from 'react';
import { useAnnouncedAction } from '@/components/ui/action-notice';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult, FormAction } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';

/**
 * One server action behind one button (pin, close, delete …): hidden fields name what it acts on.
 * With `confirm` the button opens a ConfirmDialog first; `thenGo` is where to go after success.
 */
export function ActionButton({
  action,
  fields,
  label,
  confirm,
  thenGo,
  variant = 'secondary',
  done,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  label: string;
  confirm?: { trigger: string; title: string; text?: string; cancel: string };
  thenGo?: string;
  variant?: 'secondary' | 'danger';
  /** What happened, said at the top of the page (the button's row may leave the list). */
  done?: string;
}) {
  const router = useRouter();
  const announced = useAnnouncedAction(action, done, thenGo);
  const [state, formAction] = useActionState<ActionResult<unknown> | null, FormData>(async (previous, formData) => {
    const result = await announced(previous, formData);
    if (result.ok && thenGo) router.push(thenGo);
    return result;
  }, null);
  const form = (
    <form action={formAction} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <div className="flex flex-col items-end gap-2">
          {state && !state.ok && <FormMessage state={state} />}
          <SubmitButton variant="danger">{label}</SubmitButton>
        </div>
      ) : (
        <Button type="submit" variant={variant === 'danger' ? 'dangerOutline' : 'secondary'} size="sm" className="text-sm">
          {label}
        </Button>
      )}
    </form>
  );
  return (
    <div className="inline-flex flex-col gap-1">
      {confirm ? (
        <ConfirmDialog trigger={confirm.trigger} title={confirm.title} text={confirm.text} cancelLabel={confirm.cancel}>
          {form}
        </ConfirmDialog>
      ) : (
        form
      )}
      {!confirm && state && !state.ok && <FormMessage state={state} />}
    </div>
  );
}
