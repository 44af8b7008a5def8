import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { FormCard } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { UnitForm } from '@/components/structure/unit-form';
import { can } from '@/lib/auth/permissions';
import { parseId } from '@/lib/ids';
import { requireOrgTab } from '@/lib/organizations/org-context';
import { updateUnit } from '@/lib/organizations/structure/actions';
import { getUnitCandidates, getUnitForEdit } from '@/lib/organizations/structure/queries';

type Props = { params: Promise<{ locale: string; id: string; unitId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Structure');
  return { title: t('edit_unit_title') };
}

/** Admins edit a structural unit. */
export default async function EditUnitPage({ params }: Props) {
  const { locale, id, unitId } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'structure');
  if (!can(user, 'org.structure.edit', auth)) forbidden();
  const [unit, candidates] = await Promise.all([getUnitForEdit({ orgId: org.id, unitId: parseId(unitId) ?? notFound() }), getUnitCandidates({ orgId: org.id })]);
  if (!unit) notFound();
  const t = await getTranslations('Structure');
  const tTabs = await getTranslations('OrgTabs');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tTabs('structure'), href: `/org/${org.id}/structure` }, { label: unit.name }]} />
      <FormCard id="unit-form-heading" title={t('edit_unit_title')}>
        <UnitForm action={updateUnit} orgId={org.id} unit={unit} candidates={candidates} />
      </FormCard>
    </>
  );
}
