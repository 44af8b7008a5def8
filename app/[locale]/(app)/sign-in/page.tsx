import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { NavLink } from '@/components/ui/nav-link';
import { redirect } from '@/lib/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('SignIn');
  return { title: t('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const locale = await getLocale();
  if (await getCurrentUser()) return redirect({ href: '/', locale });
  const { callbackUrl } = await searchParams;
  const t = await getTranslations('SignIn');
  return (
    <div className="mx-auto max-w-sm rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-6 mt-1 text-sm text-neutral-600">{t('intro')}</p>
      <SignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
      <p className="mt-6 border-t border-neutral-200 pt-4 text-sm text-neutral-700">
        {t('register_hint')}{' '}
        <NavLink href="/register" className="font-medium text-sky-800 underline">
          {t('register_link')}
        </NavLink>
      </p>
    </div>
  );
}
