import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { NewsForm } from '@/components/content/news-form';
import { FormCard } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { can } from '@/lib/auth/permissions';
import { createNews } from '@/lib/content/actions';
import { requireOrgTab } from '@/lib/organizations/org-context';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('News');
  return { title: t('add') };
}

/** Editors and admins publish news; back to the Page tab once published. */
export default async function NewNewsPage({ params }: Props) {
  const { locale, id } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'page');
  if (!can(user, 'org.content.edit', auth)) forbidden();
  const t = await getTranslations('News');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title'), href: `/org/${org.id}/news` }, { label: t('add') }]} />
      <FormCard id="news-form-heading" title={t('add')}>
        <NewsForm action={createNews} orgId={org.id} doneHref={`/org/${org.id}`} />
      </FormCard>
    </>
  );
}
