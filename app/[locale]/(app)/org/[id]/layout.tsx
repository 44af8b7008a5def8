import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/current-user';
import { toLocale } from '@/lib/i18n/routing';
import { getOrganizationProfile } from '@/lib/organizations/queries';
import { parseId } from '@/lib/ids';

/** Every /org/{id} page: signed in, allowed to view the organisation, which must exist. */
export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; id: string }> }) {
  const { locale: raw, id } = await params;
  const locale = toLocale(raw);
  const orgId = parseId(id) ?? notFound();
  await requirePermission(`/${locale}/org/${id}`, 'org.view', { id: orgId });
  const org = (await getOrganizationProfile({ orgId, locale })) ?? notFound();
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
      {children}
    </div>
  );
}
