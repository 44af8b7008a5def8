import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { PageForm } from '@/components/content/page-form';
import { FormCard } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { can } from '@/lib/auth/permissions';
import { createPage } from '@/lib/content/actions';
import { getInsertableDocuments } from '@/lib/content/queries';
import { requireOrgTab } from '@/lib/organizations/org-context';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('InteractivePages');
  return { title: t('new_title') };
}

/** Admins add an interactive page (only while the Pages function is on). */
export default async function NewInteractivePage({ params }: Props) {
  const { locale, id } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'page');
  if (!can(user, 'org.pages.view', auth)) notFound();
  if (!can(user, 'org.pages.edit', auth)) forbidden();
  const t = await getTranslations('InteractivePages');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title'), href: `/org/${org.id}` }, { label: t('new_title') }]} />
      <FormCard id="page-form-heading" title={t('new_title')} wide>
        <PageForm action={createPage} orgId={org.id} documents={await getInsertableDocuments({ orgId: org.id })} cancelHref={`/org/${org.id}`} />
      </FormCard>
    </>
  );
}
