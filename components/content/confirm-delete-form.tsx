'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import type { FormAction } from '@/lib/action-core';

/**
 * A delete (or remove) button behind a confirmation. The action gets `fields` as hidden inputs;
 * on success the page re-renders without the item, on failure the reason shows in the dialog.
 */
export function ConfirmDeleteForm({
  action,
  fields,
  trigger,
  triggerLabel,
  title,
  text,
  confirm,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  trigger: string;
  triggerLabel?: string;
  title: string;
  text?: string;
  /** The confirming button; "Yes, delete!" when not given. */
  confirm?: string;
}) {
  const t = useTranslations('Common');
  const [state, formAction] = useActionState(action, null);
  return (
    <ConfirmDialog trigger={trigger} triggerLabel={triggerLabel} title={title} text={text} cancelLabel={t('cancel')}>
      <form action={formAction} className="flex flex-col items-end gap-2">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormMessage state={state} />
        <SubmitButton variant="danger">{confirm ?? t('yes_delete')}</SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
