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
      className="header-button"
    >
      {t('sign_out')}
    </button>
  );
}
