'use client';

import { useTranslations } from 'next-intl';
import { Field, FieldErrors, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { Select } from '@/components/ui/input';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';

/** One new line of the weekly reception schedule: day, hours, who receives, where. */
export function ReceptionHourForm({ action, orgId }: { action: FormAction<{ id: number }>; orgId: number }) {
  const t = useTranslations('FeedbackAdmin');
  const tFeedback = useTranslations('Feedback');
  const { state, formAction, text } = useFormAction(action);
  const weekdayErrors = fieldErrorsOf(state, 'weekday');
  return (
    <form action={formAction} className="flex flex-col gap-3 card" noValidate aria-labelledby="add-hour-heading" data-testid="reception-hour-form">
      <h3 id="add-hour-heading" className="font-semibold">
        {t('add_hour')}
      </h3>
      <input type="hidden" name="orgId" value={orgId} />
      <FormMessage state={state} success={t('hour_added')} />
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="field-weekday" className="text-sm font-medium">
            {tFeedback('day')}
          </label>
          {/* Keyed by the last choice: React's form reset after a refusal would otherwise fall back to the first day. */}
          <Select key={text('weekday', '1')} id="field-weekday" name="weekday" defaultValue={text('weekday', '1')} aria-invalid={weekdayErrors.length > 0 || undefined} aria-describedby={weekdayErrors.length > 0 ? 'field-weekday-error' : undefined}>
            {([1, 2, 3, 4, 5, 6, 7] as const).map((day) => (
              <option key={day} value={day}>
                {tFeedback(`weekday.${day}`)}
              </option>
            ))}
          </Select>
          <FieldErrors id="field-weekday-error" errors={weekdayErrors} />
        </div>
        <Field name="startsAt" type="time" label={t('starts_at')} defaultValue={text('startsAt', '09:00')} errors={fieldErrorsOf(state, 'startsAt')} />
        <Field name="endsAt" type="time" label={t('ends_at')} defaultValue={text('endsAt', '12:00')} errors={fieldErrorsOf(state, 'endsAt')} />
      </div>
      <Field name="receiver" label={tFeedback('receiver')} maxLength={300} defaultValue={text('receiver')} errors={fieldErrorsOf(state, 'receiver')} hint={t('receiver_hint')} />
      <Field name="place" label={tFeedback('place')} maxLength={300} defaultValue={text('place')} errors={fieldErrorsOf(state, 'place')} />
      <div>
        <SubmitButton>{t('add_hour_submit')}</SubmitButton>
      </div>
    </form>
  );
}
