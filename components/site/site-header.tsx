import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { NavLink } from '@/components/ui/nav-link';
import { HeaderBar } from '@/components/layout/header-bar';

/** The public site's header: no session is read, so the page stays cacheable. */
export async function SiteHeader({ orgId, locale }: { orgId: number; locale: string }) {
  const t = await getTranslations('Header');
  return (
    <HeaderBar
      skipLabel={t('skip_to_content')}
      home={
        <NavLink href={`/site/${orgId}`} className="mr-2 text-lg font-bold tracking-tight">
          {t('home')}
        </NavLink>
      }
    >
      <div className="ml-auto flex flex-wrap items-center gap-2">
        <Suspense>
          <LanguageSwitch />
        </Suspense>
        <NavLink href={{ pathname: '/sign-in', query: { callbackUrl: `/${locale}/org/${orgId}` } }} className="header-link">
          {t('sign_in')}
        </NavLink>
      </div>
    </HeaderBar>
  );
}
