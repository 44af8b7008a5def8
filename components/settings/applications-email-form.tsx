'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, fieldErrorsOf, FormMessage, messageValuesOf, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormAction } from '@/lib/action-core';
import { useRouter } from '@/lib/i18n/navigation';

/**
 * Settings → E-mail for applications (F-4.6, the guide's figure 10): "Send confirmation code",
 * then the code and "Confirm e-mail". Both steps are checked again on the server.
 */
export function ApplicationsEmailForms({
  orgId,
  sendAction,
  confirmAction,
  pendingEmail,
  initialEmail,
}: {
  orgId: number;
  sendAction: FormAction<{ email: string; sentAt: Date }>;
  confirmAction: FormAction<{ email: string }>;
  pendingEmail: string | null;
  initialEmail: string;
}) {
  const t = useTranslations('ApplicationsEmail');
  const locale = useLocale();
  const router = useRouter();
  // Which step answered last: once the code is confirmed, the first step's "code sent" (or "wait a
  // minute") is stale and goes.
  const [lastStep, setLastStep] = useState<'send' | 'confirm' | null>(null);
  const send = useFormAction<{ email: string; sentAt: Date }>(
    async (previous, formData) => {
      setLastStep('send');
      return sendAction(previous, formData);
    },
    { keepOnSuccess: true, onSuccess: () => router.refresh() },
  );
  const confirm = useFormAction(confirmAction, {
    onSuccess: () => {
      setLastStep('confirm');
      router.refresh();
    },
  });
  const sendState = lastStep === 'confirm' ? null : send.state;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <form action={send.formAction} className="flex flex-col gap-3 card" noValidate aria-labelledby="send-code-heading">
        <h3 id="send-code-heading" className="font-semibold">
          {t('step_send')}
        </h3>
        <input type="hidden" name="orgId" value={orgId} />
        <input type="hidden" name="locale" value={locale} />
        <FormMessage state={sendState} success={sendState?.ok ? t('code_sent', { email: sendState.data.email }) : undefined} />
        <Field name="email" type="email" label={t('email')} autoComplete="email" maxLength={254} defaultValue={send.text('email', initialEmail)} errors={fieldErrorsOf(sendState, 'email')} hint={t('email_hint')} />
        <div>
          <SubmitButton pendingLabel={t('sending')}>{t('send_code')}</SubmitButton>
        </div>
      </form>
      {pendingEmail && (
        <form action={confirm.formAction} className="flex flex-col gap-3 card" noValidate aria-labelledby="confirm-code-heading">
          <h3 id="confirm-code-heading" className="font-semibold">
            {t('step_confirm', { email: pendingEmail })}
          </h3>
          <input type="hidden" name="orgId" value={orgId} />
          <FormMessage state={confirm.state} success={t('confirmed')} />
          <Field name="code" label={t('code')} inputMode="numeric" autoComplete="one-time-code" maxLength={12} defaultValue={confirm.text('code')} errors={fieldErrorsOf(confirm.state, 'code')} errorValues={messageValuesOf(confirm.state)} hint={t('code_hint')} />
          <div>
            <SubmitButton pendingLabel={t('confirming')}>{t('confirm')}</SubmitButton>
          </div>
        </form>
      )}
      {confirm.state?.ok && !pendingEmail && <FormMessage state={confirm.state} success={t('confirmed')} />}
    </div>
  );
}
