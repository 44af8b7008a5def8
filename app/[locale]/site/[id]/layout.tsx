import type { ReactNode } from 'react';
import { OrgLogo } from '@/components/org/org-logo';
import { SiteClientMessages } from '@/components/layout/client-messages';
import { Footer } from '@/components/layout/footer';
import { OrgTabs } from '@/components/layout/org-tabs';
import { SiteHeader } from '@/components/site/site-header';
import { siteContext } from '@/lib/site/site-params';

/** The public, cached site of an organisation: rendered without reading the session. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; id: string }> }) {
  const { locale, orgId, org, tabs } = await siteContext(params, 'page');
  return (
    <SiteClientMessages>
      <div className="flex min-h-screen flex-col">
      <SiteHeader orgId={orgId} locale={locale} />
      <main id="main" className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-4 px-4 py-6">
        <div className="flex items-center gap-4">
          <OrgLogo orgId={org.id} shortName={org.shortName} logoKey={org.logoKey} />
          <h1 className="text-2xl font-semibold" data-testid="org-name">
            {org.fullName}
          </h1>
        </div>
        {tabs.length > 1 && <OrgTabs base={`/site/${orgId}`} tabs={tabs} />}
        {children}
      </main>
      <Footer />
      </div>
    </SiteClientMessages>
  );
}
