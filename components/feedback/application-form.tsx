'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, FormMessage } from '@/components/ui/form';
import { Honeypot } from './honeypot';
import { usePublicForm } from './use-public-form';

/** The citizens' e-application form (F-2.6): name, e-mail, phone, subject, text, an optional file. */
export function ApplicationForm({ orgId, maxLabel }: { orgId: number; maxLabel: string }) {
  const t = useTranslations('Feedback');
  const locale = useLocale();
  const { form, state, pending, onSubmit, errors } = usePublicForm<{ number: number | null }>(`/api/feedback/${orgId}/applications`);
  const accepted = state?.ok ? state.data : null;
  return (
    <form ref={form} onSubmit={onSubmit} className="relative flex flex-col gap-3" noValidate data-testid="application-form">
      <input type="hidden" name="locale" value={locale} />
      {accepted && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="application-accepted">
          {accepted.number === null ? t('application_accepted_plain') : t('application_accepted', { number: accepted.number })}
        </p>
      )}
      {state && !state.ok && <FormMessage state={state} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="application-name" name="name" label={t('your_name')} autoComplete="name" maxLength={200} required errors={errors('name')} />
        <Field id="application-email" name="email" type="email" label={t('your_email')} autoComplete="email" maxLength={254} required errors={errors('email')} hint={t('email_hint')} />
        <Field id="application-phone" name="phone" type="tel" label={t('your_phone')} autoComplete="tel" maxLength={40} errors={errors('phone')} />
        <Field id="application-subject" name="subject" label={t('subject')} maxLength={300} required errors={errors('subject')} />
      </div>
      <Field id="application-body" name="body" label={t('application_text')} multiline rows={6} maxLength={10_000} required errors={errors('body')} hint={t('application_text_hint')} />
      <Field id="application-attachment" name="attachment" type="file" label={t('attachment')} errors={errors('attachment')} hint={t('attachment_hint', { size: maxLabel })} />
      <Honeypot label={t('honeypot')} />
      <p className="text-xs text-neutral-600">{t('personal_data_note')}</p>
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t('sending') : t('send_application')}
        </Button>
      </div>
    </form>
  );
}
