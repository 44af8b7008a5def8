import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { Link } from '@/lib/i18n/navigation';

/** The public site's header: no session is read, so the page stays cacheable. */
export async function SiteHeader({ orgId, locale }: { orgId: number; locale: string }) {
  const t = await getTranslations('Header');
  return (
    <header className="bg-sky-800 text-white print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sky-900">
        {t('skip_to_content')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-4 py-2">
        <Link href={`/site/${orgId}`} className="mr-2 text-lg font-bold tracking-tight">
          {t('home')}
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <Suspense>
            <LanguageSwitch />
          </Suspense>
          <Link href={{ pathname: '/sign-in', query: { callbackUrl: `/${locale}/org/${orgId}` } }} className="rounded px-3 py-2 hover:bg-white/10">
            {t('sign_in')}
          </Link>
        </div>
      </div>
    </header>
  );
}
