import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { NewsForm } from '@/components/content/news-form';
import { FormCard } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { can } from '@/lib/auth/permissions';
import { updateNews } from '@/lib/content/actions';
import { getNewsItem } from '@/lib/content/queries';
import { parseId } from '@/lib/ids';
import { requireOrgTab } from '@/lib/organizations/org-context';

type Props = { params: Promise<{ locale: string; id: string; newsId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('News');
  return { title: t('edit_title') };
}

export default async function EditNewsPage({ params }: Props) {
  const { locale, id, newsId } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'page');
  if (!can(user, 'org.content.edit', auth)) forbidden();
  const news = (await getNewsItem({ orgId: org.id, newsId: parseId(newsId) ?? notFound() })) ?? notFound();
  const t = await getTranslations('News');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title'), href: `/org/${org.id}/news` }, { label: t('edit_title') }]} />
      <FormCard id="news-form-heading" title={t('edit_title')}>
        <NewsForm action={updateNews} orgId={org.id} news={news} doneHref={`/org/${org.id}/news`} />
      </FormCard>
    </>
  );
}
