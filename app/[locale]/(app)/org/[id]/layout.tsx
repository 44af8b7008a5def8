import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { OrgTabs } from '@/components/layout/org-tabs';
import { getOrgContext } from '@/lib/organizations/org-context';

/** Every /org/{id} page: signed in, allowed to view the organisation, which must exist. */
export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const { org, tabs } = await getOrgContext(id, locale);
  const t = await getTranslations('OrgPage');
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-4">
        <div aria-hidden="true" className="flex h-16 w-16 shrink-0 items-center justify-center rounded-lg bg-sky-100 text-2xl font-bold text-sky-800">
          {org.shortName.slice(0, 1)}
        </div>
        <div>
          <h1 className="text-2xl font-semibold" data-testid="org-name">
            {org.fullName}
          </h1>
          {org.parentName && (
            <p className="text-sm text-neutral-600">
              {t('parent_organization')}: {org.parentName}
            </p>
          )}
        </div>
      </div>
      <OrgTabs base={`/org/${org.id}`} tabs={tabs} />
      {children}
    </div>
  );
}
