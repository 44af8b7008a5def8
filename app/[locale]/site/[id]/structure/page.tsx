import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StructureView } from '@/components/structure/structure-view';
import { cachedLeaders, cachedStructure, SITE_INSTITUTIONS_LIMIT } from '@/lib/site/cached';
import { type SiteParams, siteContext } from '@/lib/site/site-params';

export const dynamic = 'force-static';
export const revalidate = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgTabs');
  return { title: t('structure') };
}

export default async function SiteStructurePage({ params }: { params: SiteParams }) {
  const { orgId, locale } = await siteContext(params, 'structure');
  const [leaders, structure] = await Promise.all([cachedLeaders(orgId), cachedStructure(orgId, locale)]);
  return (
    <StructureView
      orgId={orgId}
      basePath={`/site/${orgId}`}
      linkBase="/site"
      leaders={leaders}
      units={structure.units}
      organizations={structure.organizations}
      institutions={structure.institutions}
      institutionsPage={1}
      institutionsPageSize={SITE_INSTITUTIONS_LIMIT}
      editable={false}
    />
  );
}
