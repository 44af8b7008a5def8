'use client';

import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { sameOriginUrl } from '@/lib/auth/return-url';

type ErrorKey = 'error_credentials' | 'error_throttled' | 'error_required' | 'error_unknown';
type SignInError = { key: ErrorKey; minutes?: number };

/** next-auth's error code as a message: a refusal by the limits says how long to wait (`throttled:3`). */
function errorOf(code: string | null | undefined): SignInError {
  const throttled = /^throttled:(\d+)$/.exec(code ?? '');
  if (throttled) return { key: 'error_throttled', minutes: Number(throttled[1]) };
  return { key: code === 'CredentialsSignin' ? 'error_credentials' : 'error_unknown' };
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('SignIn');
  const locale = useLocale();
  const [error, setError] = useState<SignInError | null>(null);
  const [pending, startTransition] = useTransition();
  // Submitted by hand, not as a form action: React resets an action's form once the action's
  // transition ends, which emptied the typed login — and, landing after the error was shown,
  // could empty a password typed again meanwhile. A refusal clears the password itself, in the
  // same moment it shows the error; the login stays as typed.
  const form = useRef<HTMLFormElement>(null);
  const refuse = (reason: SignInError) => {
    const password = form.current?.elements.namedItem('password');
    if (password instanceof HTMLInputElement) password.value = '';
    setError(reason);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const login = String(formData.get('login') ?? '').trim();
    const password = String(formData.get('password') ?? '');
    if (!login || !password) {
      setError({ key: 'error_required' });
      return;
    }
    startTransition(async () => {
      const result = await signIn('credentials', { login, password, redirect: false });
      if (result?.ok && !result.error) {
        // Only to this origin, however the callbackUrl was written (no open redirect).
        window.location.assign(sameOriginUrl(callbackUrl, window.location.origin, `/${locale}`));
        return;
      }
      refuse(errorOf(result?.error));
    });
  }

  return (
    <form ref={form} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {error && (
        <p role="alert" id="sign-in-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error.key === 'error_throttled' ? t('error_throttled', { minutes: error.minutes ?? 1 }) : t(error.key)}
        </p>
      )}
      <CredentialField name="login" label={t('login')} autoComplete="username" invalid={error !== null} />
      <CredentialField name="password" label={t('password')} autoComplete="current-password" type="password" invalid={error !== null} />
      <Button type="submit" disabled={pending}>
        {pending ? t('pending') : t('submit')}
      </Button>
    </form>
  );
}

function CredentialField(props: { name: string; label: string; autoComplete: string; type?: string; invalid: boolean }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-sm font-medium">{props.label}</span>
      <Input
        name={props.name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        required
        maxLength={200}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.invalid ? 'sign-in-error' : undefined}
      />
    </label>
  );
}
