import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewsList } from '@/components/content/news-list';
import { Section } from '@/components/content/section';
import { cachedNews } from '@/lib/site/cached';
import { type SiteParams, siteContext } from '@/lib/site/site-params';

export const dynamic = 'force-static';
export const revalidate = false;

/** The static site has no query string to page with: the newest hundred. */
const SITE_NEWS_LIMIT = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('News');
  return { title: t('title') };
}

export default async function SiteNewsPage({ params }: { params: SiteParams }) {
  const { orgId, org, siteOn } = await siteContext(params, 'page');
  const t = await getTranslations('News');
  const news = siteOn ? await cachedNews(orgId, 1, SITE_NEWS_LIMIT) : { items: [], total: 0 };
  return (
    <Section id="news-heading" title={t('title')} count={news.total}>
      <NewsList items={news.items} timeZone={org.timeZone} orgId={orgId} editable={false} />
    </Section>
  );
}
