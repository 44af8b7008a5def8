import type { FormAction } from '@/lib/action-core';
import { ConfirmDeleteForm } from './confirm-delete-form';
import { SectionLink } from './section';

/** Edit and Delete under a list row, for those who may; Delete asks for confirmation first. */
export function RowActions({
  editHref,
  editText,
  editLabel,
  deleteAction,
  fields,
  deleteText,
  deleteLabel,
  confirmTitle,
  confirmText,
}: {
  editHref: string;
  editText: string;
  editLabel: string;
  deleteAction: FormAction;
  fields: Record<string, string | number>;
  deleteText: string;
  deleteLabel: string;
  confirmTitle: string;
  confirmText: string;
}) {
  return (
    <div className="mt-2 flex items-center gap-3 text-sm print:hidden">
      <SectionLink href={editHref} label={editLabel}>
        {editText}
      </SectionLink>
      <ConfirmDeleteForm action={deleteAction} fields={fields} trigger={deleteText} triggerLabel={deleteLabel} title={confirmTitle} text={confirmText} />
    </div>
  );
}
