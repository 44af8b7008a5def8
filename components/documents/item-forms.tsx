'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Disclosure } from '@/components/ui/disclosure';
import { useAnnouncedAction } from '@/components/ui/action-notice';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { Select } from '@/components/ui/input';
import type { FormAction } from '@/lib/action-core';

/** Edit controls of one file or folder (rename, move, delete, restore), each its own small form. */

type Hidden = Record<string, string | number>;

function HiddenFields({ values }: { values: Hidden }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

export function RenameForm({ action, hidden, current, label }: { action: FormAction; hidden: Hidden; current: string; label: string }) {
  const t = useTranslations('Documents');
  const [state, formAction] = useActionState(action, null);
  return (
    <Disclosure className="group" summary={t('rename')}>
      <form action={formAction} className="mt-2 flex flex-col gap-2" aria-label={label}>
        <HiddenFields values={hidden} />
        <Field name="name" label={t('new_name')} defaultValue={current} maxLength={200} required errors={fieldErrorsOf(state, 'name')} />
        <FormMessage state={state} success={t('renamed')} />
        <div>
          <SubmitButton>{t('rename_submit')}</SubmitButton>
        </div>
      </form>
    </Disclosure>
  );
}

export function MoveForm({
  action,
  hidden,
  options,
  current,
  label,
}: {
  action: FormAction;
  hidden: Hidden;
  options: Array<{ id: number; name: string; depth: number }>;
  current: number | null;
  label: string;
}) {
  const t = useTranslations('Documents');
  const [state, formAction] = useActionState(action, null);
  const selectId = useId();
  const errors = fieldErrorsOf(state, 'targetFolderId');
  return (
    <Disclosure summary={t('move')}>
      <form action={formAction} className="mt-2 flex flex-col gap-2" aria-label={label}>
        <HiddenFields values={hidden} />
        <label htmlFor={selectId} className="text-sm font-medium">
          {t('move_to')}
        </label>
        <Select id={selectId} name="targetFolderId" defaultValue={current ?? ''} compact aria-invalid={errors.length > 0 || undefined}>
          <option value="">{t('root_folder')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {`${'\u00a0\u00a0'.repeat(o.depth)}${o.name}`}
            </option>
          ))}
        </Select>
        <FormMessage state={state} success={t('moved')} />
        <div>
          <SubmitButton>{t('move_submit')}</SubmitButton>
        </div>
      </form>
    </Disclosure>
  );
}

export function DeleteForm({ action, hidden, title, text, done }: { action: FormAction; hidden: Hidden; title: string; text: string; done: string }) {
  const t = useTranslations('Documents');
  const tCommon = useTranslations('Common');
  // The row leaves the list: what happened is said at the top of the page.
  const [state, formAction] = useActionState(useAnnouncedAction(action, done), null);
  return (
    <div className="flex flex-col items-start gap-1">
      <ConfirmDialog trigger={t('delete')} title={title} text={text} cancelLabel={tCommon('cancel')}>
        <form action={formAction}>
          <HiddenFields values={hidden} />
          <SubmitButton variant="danger">{t('delete_confirm')}</SubmitButton>
        </form>
      </ConfirmDialog>
      {state && !state.ok && <FormMessage state={state} />}
    </div>
  );
}

export function RestoreForm({ action, hidden, label }: { action: FormAction; hidden: Hidden; label: string }) {
  const t = useTranslations('Documents');
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={label} className="flex flex-col gap-1">
      <HiddenFields values={hidden} />
      <div>
        <SubmitButton>{t('restore')}</SubmitButton>
      </div>
      {state && !state.ok && <FormMessage state={state} />}
    </form>
  );
}
