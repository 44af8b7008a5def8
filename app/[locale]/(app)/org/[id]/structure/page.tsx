import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { StructureView } from '@/components/structure/structure-view';
import { can } from '@/lib/auth/permissions';
import { requireOrgTab } from '@/lib/organizations/org-context';
import { getOrganizationLeaders } from '@/lib/organizations/queries';
import { getStructure, INSTITUTIONS_PAGE_SIZE } from '@/lib/organizations/structure/queries';
import { parsePage } from '@/lib/pagination';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgTabs');
  return { title: t('structure') };
}

/** Structure tab (F-2.2): leaders, units, subordinate organisations and institutions (?page= pages the institutions). */
export default async function StructurePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const { org, auth, user, locale: orgLocale, leadersEdited } = await requireOrgTab(id, locale, 'structure');
  const page = parsePage((await searchParams).page);
  const [leaders, structure] = await Promise.all([getOrganizationLeaders({ orgId: org.id, leadersEdited }), getStructure({ orgId: org.id, locale: orgLocale, institutionsPage: page })]);
  const tTabs = await getTranslations('OrgTabs');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tTabs('structure') }]} />
      <StructureView
        orgId={org.id}
        basePath={`/org/${org.id}`}
        linkBase="/org"
        leaders={leaders}
        units={structure.units}
        organizations={structure.organizations}
        institutions={structure.institutions}
        institutionsPage={page}
        institutionsPageSize={INSTITUTIONS_PAGE_SIZE}
        editable={can(user, 'org.structure.edit', auth)}
        canManageLeaders={can(user, 'org.leaders.manage', auth)}
      />
    </>
  );
}
