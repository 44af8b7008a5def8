import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { OrgLogo } from '@/components/org/org-logo';
import { ButtonLink } from '@/components/ui/button-link';
import { OrgTabs } from '@/components/layout/org-tabs';
import { can } from '@/lib/auth/permissions';
import { getOrgContext } from '@/lib/organizations/org-context';

/** Every /org/{id} page: signed in, allowed to view the organisation, which must exist. */
export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const { org, auth, tabs, user } = await getOrgContext(id, locale);
  const t = await getTranslations('OrgPage');
  const tAdmin = await getTranslations('Admin');
  return (
    <div className="flex flex-col gap-3 sm:gap-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <OrgLogo orgId={org.id} shortName={org.shortName} logoKey={org.logoKey} />
        <div className="min-w-0 flex-1">
          <h1 className="text-lg font-semibold break-words sm:text-2xl" data-testid="org-name">
            {org.fullName}
          </h1>
          {org.parentName && (
            <p className="text-sm text-neutral-600">
              {t('parent_organization')}: {org.parentName}
            </p>
          )}
        </div>
        {can(user, 'org.admin', auth) && (
          <ButtonLink href={`/org/${org.id}/admin`} variant="outline" size="sm" className="ml-auto sm:py-2 print:hidden">
            {tAdmin('title')}
          </ButtonLink>
        )}
      </div>
      <OrgTabs base={`/org/${org.id}`} tabs={tabs} />
      {children}
    </div>
  );
}
