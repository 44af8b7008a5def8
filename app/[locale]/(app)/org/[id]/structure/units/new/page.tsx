import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { FormCard } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { UnitForm } from '@/components/structure/unit-form';
import { can } from '@/lib/auth/permissions';
import { requireOrgTab } from '@/lib/organizations/org-context';
import { createUnit } from '@/lib/organizations/structure/actions';
import { getUnitCandidates } from '@/lib/organizations/structure/queries';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Structure');
  return { title: t('new_unit_title') };
}

/** Admins add a structural unit. */
export default async function NewUnitPage({ params }: Props) {
  const { locale, id } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'structure');
  if (!can(user, 'org.structure.edit', auth)) forbidden();
  const candidates = await getUnitCandidates({ orgId: org.id });
  const t = await getTranslations('Structure');
  const tTabs = await getTranslations('OrgTabs');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tTabs('structure'), href: `/org/${org.id}/structure` }, { label: t('new_unit_title') }]} />
      <FormCard id="unit-form-heading" title={t('new_unit_title')}>
        <UnitForm action={createUnit} orgId={org.id} candidates={candidates} />
      </FormCard>
    </>
  );
}
