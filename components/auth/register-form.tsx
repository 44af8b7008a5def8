'use client';

import { useTranslations } from 'next-intl';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useFormAction } from '@/components/ui/use-form-action';
import { ButtonLink } from '@/components/ui/button-link';
import { checkRegistrationInvitation, registerAccount } from '@/lib/people/invitations/register-actions';

/**
 * Registration in two steps: the invitation (login + one-time password), then the person's own
 * login and password. The second step sends the invitation again; the server checks it again.
 */
export function RegisterForm() {
  const t = useTranslations('Register');
  const { state: checkState, formAction: checkAction, text: checkSent } = useFormAction(checkRegistrationInvitation, { keepOnSuccess: true });
  const { state: registerState, formAction: registerAction, text: registerSent } = useFormAction(registerAccount, { keepOnSuccess: true, holdSuccess: true });
  const checked = checkState?.ok ? checkState : null;
  const current = checked ? { login: checkSent('invitationLogin'), password: checkSent('invitationPassword') } : null;

  if (registerState?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-800">
          {t('done')}
        </p>
        <ButtonLink href="/sign-in" className="self-start">
          {t('sign_in')}
        </ButtonLink>
      </div>
    );
  }

  if (!checked || !current) {
    return (
      <form action={checkAction} className="flex flex-col gap-4" noValidate>
        <p className="text-sm text-neutral-600">{t('intro')}</p>
        {checkState && !checkState.ok && !checkState.fieldErrors && <FormMessage state={checkState} />}
        <Field key={`l-${checkSent('invitationLogin')}`} name="invitationLogin" label={t('invitation_login')} defaultValue={checkSent('invitationLogin')} errors={fieldErrorsOf(checkState, 'invitationLogin')} autoComplete="off" maxLength={100} />
        <Field name="invitationPassword" label={t('invitation_password')} errors={fieldErrorsOf(checkState, 'invitationPassword')} autoComplete="off" maxLength={100} />
        <SubmitButton pendingLabel={t('checking')}>{t('check')}</SubmitButton>
      </form>
    );
  }

  const errors = (name: string) => fieldErrorsOf(registerState, name);
  return (
    <form action={registerAction} className="flex flex-col gap-4" noValidate>
      <p role="status" className="font-medium">
        {t('hello', { name: checked.data.fullName })}
      </p>
      <input type="hidden" name="invitationLogin" value={current.login} />
      <input type="hidden" name="invitationPassword" value={current.password} />
      {registerState && !registerState.ok && !registerState.fieldErrors && <FormMessage state={registerState} />}
      <Field key={`n-${registerSent('login')}`} name="login" label={t('login')} hint={t('login_hint')} defaultValue={registerSent('login')} errors={errors('login')} autoComplete="username" maxLength={40} />
      <Field name="password" type="password" label={t('password')} hint={t('password_hint')} errors={errors('password')} autoComplete="new-password" maxLength={200} />
      <Field name="passwordConfirm" type="password" label={t('password_confirm')} errors={errors('passwordConfirm')} autoComplete="new-password" maxLength={200} />
      <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
    </form>
  );
}
