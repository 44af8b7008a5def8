import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewsList } from '@/components/content/news-list';
import { Section, SectionLink } from '@/components/content/section';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { getNews, NEWS_PAGE_SIZE } from '@/lib/content/queries';
import { requireOrgTab } from '@/lib/organizations/org-context';
import { parsePage } from '@/lib/pagination';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('News');
  return { title: t('title') };
}

/** All news of the organisation, newest first, a page at a time (?page=). */
export default async function NewsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const { org, auth, user } = await requireOrgTab(id, locale, 'page');
  const page = parsePage((await searchParams).page);
  const news = await getNews({ orgId: org.id, page, pageSize: NEWS_PAGE_SIZE });
  const editable = can(user, 'org.content.edit', auth);
  const t = await getTranslations('News');
  const tCrumbs = await getTranslations('Breadcrumbs');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: tCrumbs('page'), href: `/org/${org.id}` }, { label: t('title') }]} />
      <Section
        id="news-heading"
        title={t('title')}
        count={news.total}
        actions={
          editable && (
            <SectionLink href={`/org/${org.id}/news/new`} primary>
              {t('add')}
            </SectionLink>
          )
        }
      >
        <NewsList items={news.items} timeZone={org.timeZone} orgId={org.id} editable={editable} />
        <Pagination pathname={`/org/${org.id}/news`} query={{}} page={page} total={news.total} pageSize={NEWS_PAGE_SIZE} />
      </Section>
    </>
  );
}
