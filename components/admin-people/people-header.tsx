import { getTranslations } from 'next-intl/server';
import { Breadcrumbs, type Crumb } from '@/components/layout/breadcrumbs';

/** Breadcrumbs Organisation › Administration › People (› more) and the page heading. */
export async function PeopleHeader({ orgId, orgName, title, trail = [] }: { orgId: number; orgName: string; title: string; trail?: Crumb[] }) {
  const t = await getTranslations('AdminPeople');
  const base = `/org/${orgId}/admin`;
  return (
    <div className="flex flex-col gap-2">
      <Breadcrumbs
        items={[{ label: orgName, href: `/org/${orgId}` }, { label: t('administration'), href: base }, { label: t('title'), href: `${base}/people` }, ...trail]}
      />
      <h2 className="text-xl font-semibold">{title}</h2>
    </div>
  );
}
