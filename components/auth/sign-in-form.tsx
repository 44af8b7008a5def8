'use client';

import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';

type ErrorKey = 'error_credentials' | 'error_throttled' | 'error_required' | 'error_unknown';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeReturnPath(value: string | undefined, locale: string) {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : `/${locale}`;
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('SignIn');
  const locale = useLocale();
  const [error, setError] = useState<ErrorKey | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    const login = String(formData.get('login') ?? '').trim();
    const password = String(formData.get('password') ?? '');
    if (!login || !password) {
      setError('error_required');
      return;
    }
    startTransition(async () => {
      const result = await signIn('credentials', { login, password, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(safeReturnPath(callbackUrl, locale));
        return;
      }
      setError(result?.error === 'throttled' ? 'error_throttled' : result?.error === 'CredentialsSignin' ? 'error_credentials' : 'error_unknown');
    });
  }

  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      {error && (
        <p role="alert" id="sign-in-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(error)}
        </p>
      )}
      <CredentialField name="login" label={t('login')} autoComplete="username" invalid={error !== null} />
      <CredentialField name="password" label={t('password')} autoComplete="current-password" type="password" invalid={error !== null} />
      <button type="submit" disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 disabled:opacity-60">
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}

function CredentialField(props: { name: string; label: string; autoComplete: string; type?: string; invalid: boolean }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-sm font-medium">{props.label}</span>
      <input
        name={props.name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        required
        maxLength={200}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.invalid ? 'sign-in-error' : undefined}
        className="rounded border border-neutral-400 px-3 py-2"
      />
    </label>
  );
}
