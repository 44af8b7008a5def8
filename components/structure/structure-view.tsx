import { getTranslations } from 'next-intl/server';
import { Section, SectionLink } from '@/components/content/section';
import { LeadersAddLink } from '@/components/org/leaders-add-link';
import { PeopleBlock } from '@/components/org/people-block';
import { Pagination } from '@/components/ui/pagination';
import type { OrganizationPerson } from '@/lib/organizations/queries';
import type { StructuralUnitView } from '@/lib/organizations/structure/commands';
import type { SubordinateView } from '@/lib/organizations/structure/queries';
import { SubordinatesList } from './subordinates-list';
import { UnitsList } from './units-list';

type Listed = { items: SubordinateView[]; total: number };

/**
 * The Structure tab (F-2.2, the guide's figure 2): leaders' pages on the left; units, subordinate
 * organisations and institutions with their counts. `basePath` is '/org/{id}' or '/site/{id}',
 * `linkBase` '/org' or '/site'; `editable` shows Add / Edit / Remove (false on the public site).
 */
export async function StructureView({
  orgId,
  basePath,
  linkBase,
  leaders,
  units,
  organizations,
  institutions,
  institutionsPage,
  institutionsPageSize,
  editable,
  canManageLeaders = false,
}: {
  orgId: number;
  basePath: string;
  linkBase: string;
  leaders: OrganizationPerson[];
  units: StructuralUnitView[];
  organizations: Listed;
  institutions: Listed;
  institutionsPage: number;
  institutionsPageSize: number;
  editable: boolean;
  /** Admins get Add on the leaders' block (false on the public site). */
  canManageLeaders?: boolean;
}) {
  const t = await getTranslations('Structure');
  return (
    <div className="grid gap-4 md:grid-cols-[1fr_2fr]">
      <div className="flex flex-col gap-4">
        <PeopleBlock
          id="leaders-pages-heading"
          title={t('leaders_pages')}
          empty={t('no_leaders')}
          people={leaders}
          actions={canManageLeaders && <LeadersAddLink orgId={orgId} />}
        />
      </div>
      <div className="flex flex-col gap-4">
        <Section
          id="units-heading"
          title={t('units')}
          count={units.length}
          actions={
            editable && (
              <SectionLink href={`/org/${orgId}/structure/units/new`} primary>
                {t('add_unit')}
              </SectionLink>
            )
          }
        >
          <UnitsList units={units} orgId={orgId} editable={editable} />
        </Section>
        <Section id="subordinate-organizations-heading" title={t('subordinate_organizations')} count={organizations.total}>
          <SubordinatesList items={organizations.items} linkBase={linkBase} empty={t('no_subordinate_organizations')} testId="subordinate-organizations" />
        </Section>
        <Section id="subordinate-institutions-heading" title={t('subordinate_institutions')} count={institutions.total}>
          <SubordinatesList items={institutions.items} linkBase={linkBase} empty={t('no_subordinate_institutions')} testId="subordinate-institutions" />
          <Pagination pathname={`${basePath}/structure`} query={{}} page={institutionsPage} total={institutions.total} pageSize={institutionsPageSize} />
        </Section>
      </div>
    </div>
  );
}
