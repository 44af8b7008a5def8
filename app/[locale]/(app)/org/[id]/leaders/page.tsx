import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { FormCard } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { LeadersEditor } from '@/components/org/leaders-editor';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { listLeaders } from '@/lib/organizations/leaders/queries';
import { getOrgContext } from '@/lib/organizations/org-context';
import { listUnitCandidates } from '@/lib/organizations/structure/commands';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Leaders');
  return { title: t('title') };
}

/** Admins edit the leaders' block of the Page and Structure tabs (F-2.2): add, order, remove. */
export default async function LeadersPage({ params }: Props) {
  const { locale, id } = await params;
  const { org, auth, user } = await getOrgContext(id, locale);
  if (!can(user, 'org.leaders.manage', auth)) forbidden();
  const db = getDb();
  const [leaders, candidates] = await Promise.all([listLeaders(db, org.id), listUnitCandidates(db, { orgId: org.id })]);
  const [t, tCrumbs, tRoles] = await Promise.all([getTranslations('Leaders'), getTranslations('Breadcrumbs'), getTranslations('Roles')]);
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tCrumbs('page'), href: `/org/${org.id}` }, { label: t('title') }]} />
      <FormCard id="leaders-heading" title={t('title')}>
        <p className="mb-4 text-sm text-neutral-600">{t('intro')}</p>
        <LeadersEditor
          orgId={org.id}
          leaders={leaders.map((l) => ({ personId: l.personId, surname: l.surname, name: l.name, patronymic: l.patronymic, title: l.position || tRoles(l.role) }))}
          candidates={candidates.map((c) => ({ personId: c.personId, surname: c.surname, name: c.name, patronymic: c.patronymic }))}
        />
      </FormCard>
    </>
  );
}
