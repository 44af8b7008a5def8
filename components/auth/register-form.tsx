'use client';

import { useTranslations } from 'next-intl';
import { Field, fieldErrorsOf, FormMessage, SubmitButton } from '@/components/ui/form';
import { useStickyAction } from '@/components/admin-people/use-sticky-action';
import { ButtonLink } from '@/components/ui/button-link';
import { checkRegistrationInvitation, registerAccount } from '@/lib/people/register-actions';

/**
 * Registration in two steps: the invitation (login + one-time password), then the person's own
 * login and password. The second step sends the invitation again; the server checks it again.
 */
export function RegisterForm() {
  const t = useTranslations('Register');
  const [checkState, checkAction] = useStickyAction(checkRegistrationInvitation);
  const [registerState, registerAction] = useStickyAction(registerAccount, { keepSuccess: true });
  const checked = checkState?.result.ok ? checkState : null;
  const current = checked ? { login: checked.values.invitationLogin ?? '', password: checked.values.invitationPassword ?? '' } : null;

  if (registerState?.result.ok) {
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
    const v = checkState?.values ?? {};
    return (
      <form action={checkAction} className="flex flex-col gap-4" noValidate>
        <p className="text-sm text-neutral-600">{t('intro')}</p>
        {checkState && !checkState.result.ok && !checkState.result.fieldErrors && <FormMessage state={checkState.result} />}
        <Field key={`l-${v.invitationLogin ?? ''}`} name="invitationLogin" label={t('invitation_login')} defaultValue={v.invitationLogin ?? ''} errors={fieldErrorsOf(checkState?.result, 'invitationLogin')} autoComplete="off" maxLength={100} />
        <Field name="invitationPassword" label={t('invitation_password')} errors={fieldErrorsOf(checkState?.result, 'invitationPassword')} autoComplete="off" maxLength={100} />
        <SubmitButton pendingLabel={t('checking')}>{t('check')}</SubmitButton>
      </form>
    );
  }

  const v = registerState?.values ?? {};
  const errors = (name: string) => fieldErrorsOf(registerState?.result, name);
  return (
    <form action={registerAction} className="flex flex-col gap-4" noValidate>
      <p role="status" className="font-medium">
        {t('hello', { name: checked.result.ok ? checked.result.data.fullName : '' })}
      </p>
      <input type="hidden" name="invitationLogin" value={current.login} />
      <input type="hidden" name="invitationPassword" value={current.password} />
      {registerState && !registerState.result.ok && !registerState.result.fieldErrors && <FormMessage state={registerState.result} />}
      <Field key={`n-${v.login ?? ''}`} name="login" label={t('login')} hint={t('login_hint')} defaultValue={v.login ?? ''} errors={errors('login')} autoComplete="username" maxLength={40} />
      <Field name="password" type="password" label={t('password')} hint={t('password_hint')} errors={errors('password')} autoComplete="new-password" maxLength={200} />
      <Field name="passwordConfirm" type="password" label={t('password_confirm')} errors={errors('passwordConfirm')} autoComplete="new-password" maxLength={200} />
      <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
    </form>
  );
}
