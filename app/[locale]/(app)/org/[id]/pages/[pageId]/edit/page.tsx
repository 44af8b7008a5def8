import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { PageForm } from '@/components/content/page-form';
import { FormCard } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { can } from '@/lib/auth/permissions';
import { updatePage } from '@/lib/content/actions';
import { getInsertableDocuments, getInteractivePage } from '@/lib/content/queries';
import { parseId } from '@/lib/ids';
import { requireOrgTab } from '@/lib/organizations/org-context';

type Props = { params: Promise<{ locale: string; id: string; pageId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('InteractivePages');
  return { title: t('edit_title') };
}

export default async function EditInteractivePage({ params }: Props) {
  const { locale, id, pageId } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'page');
  if (!can(user, 'org.pages.view', auth)) notFound();
  if (!can(user, 'org.pages.edit', auth)) forbidden();
  const page = (await getInteractivePage({ orgId: org.id, pageId: parseId(pageId) ?? notFound() })) ?? notFound();
  const t = await getTranslations('InteractivePages');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: page.title, href: `/org/${org.id}/pages/${page.id}` }, { label: t('edit_title') }]} />
      <FormCard id="page-form-heading" title={t('edit_title')} wide>
        <PageForm
          action={updatePage}
          orgId={org.id}
          page={{ id: page.id, title: page.title, bodySource: page.bodySource }}
          documents={await getInsertableDocuments({ orgId: org.id })}
          cancelHref={`/org/${org.id}/pages/${page.id}`}
        />
      </FormCard>
    </>
  );
}
