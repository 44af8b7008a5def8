'use client';

import { signOut } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';

export function SignOutButton() {
  const t = useTranslations('Header');
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: `/${locale}/sign-in` })}
      className="rounded px-3 py-2 hover:bg-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white"
    >
      {t('sign_out')}
    </button>
  );
}
