'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { useAnnouncedAction } from '@/components/ui/action-notice';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Select } from '@/components/ui/input';
import type { FormAction } from '@/lib/action-core';

/** An application's status: new, in work, answered. */
export function ApplicationStatusForm({ action, orgId, applicationId, status }: { action: FormAction; orgId: number; applicationId: number; status: 'new' | 'in_work' | 'answered' }) {
  const t = useTranslations('FeedbackAdmin');
  const id = useId();
  // The application moves to another status tab: what happened is said at the top of the page.
  const done = (_data: unknown, formData: FormData) => t('status_changed', { status: t(`application_status.${formData.get('status') as 'new' | 'in_work' | 'answered'}`) });
  const [state, formAction] = useActionState(useAnnouncedAction(action, done), null);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {t('status')}
        </label>
        <Select id={id} name="status" defaultValue={status} compact>
          {(['new', 'in_work', 'answered'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`application_status.${s}`)}
            </option>
          ))}
        </Select>
      </div>
      <SubmitButton>{t('change_status')}</SubmitButton>
      {state && !state.ok && <FormMessage state={state} />}
    </form>
  );
}
