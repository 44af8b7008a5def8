import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { RegisterForm } from '@/components/auth/register-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { NavLink } from '@/components/ui/nav-link';
import { redirect } from '@/lib/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Register');
  return { title: t('title') };
}

/** A person with an invitation becomes a user here (public: no session needed). */
export default async function RegisterPage() {
  const locale = await getLocale();
  if (await getCurrentUser()) return redirect({ href: '/', locale });
  const t = await getTranslations('Register');
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <RegisterForm />
      <p className="text-sm text-neutral-600">
        {t('have_account')}{' '}
        <NavLink href="/sign-in" className="text-sky-800 underline">
          {t('sign_in')}
        </NavLink>
      </p>
    </div>
  );
}
