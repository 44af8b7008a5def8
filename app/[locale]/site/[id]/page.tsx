import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewestDocumentsList } from '@/components/content/newest-documents-list';
import { NewsList } from '@/components/content/news-list';
import { PagesList } from '@/components/content/pages-list';
import { Section, SectionLink } from '@/components/content/section';
import { WallList } from '@/components/content/wall-list';
import { AboutBlock } from '@/components/org/about-block';
import { ContactsBlock } from '@/components/org/contacts-block';
import { PeopleBlock } from '@/components/org/people-block';
import { can } from '@/lib/auth/permissions';
import { NEWS_PREVIEW_COUNT, WALL_PREVIEW_COUNT } from '@/lib/content/queries';
import { cachedAdministrators, cachedLeaders, cachedNews, cachedNewestDocuments, cachedPages, cachedWall } from '@/lib/site/cached';
import { type SiteParams, siteContext } from '@/lib/site/site-params';

// Rendered once per organisation and language, kept until a write expires its tags.
export const dynamic = 'force-static';
export const revalidate = false;

export async function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  const { org } = await siteContext(params, 'page');
  return { title: org.shortName };
}

/** The site's Page tab: the profile always; news, wall, pages and documents when "Site" is on. */
export default async function SitePage({ params }: { params: SiteParams }) {
  const { orgId, org, auth, tabs, siteOn } = await siteContext(params, 'page');
  const pagesOn = siteOn && can(null, 'org.pages.view', auth);
  const documentsOn = tabs.includes('documents');
  const [leaders, administrators, news, wall, pages, documents] = await Promise.all([
    cachedLeaders(orgId),
    cachedAdministrators(orgId),
    siteOn ? cachedNews(orgId, 1, NEWS_PREVIEW_COUNT) : null,
    siteOn ? cachedWall(orgId, WALL_PREVIEW_COUNT) : null,
    pagesOn ? cachedPages(orgId) : [],
    documentsOn ? cachedNewestDocuments(orgId) : [],
  ]);
  const [t, tNews, tWall, tPages, tDocs] = await Promise.all([
    getTranslations('OrgPage'),
    getTranslations('News'),
    getTranslations('Wall'),
    getTranslations('InteractivePages'),
    getTranslations('DocumentsQuick'),
  ]);
  return (
    <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
      <div className="flex min-w-0 flex-col gap-4">
        <AboutBlock org={org} />
        <ContactsBlock contacts={org} />
        {news && (
          <Section id="news-heading" title={tNews('title')} actions={news.total > news.items.length && <SectionLink href={`/site/${orgId}/news`}>{tNews('all_news')}</SectionLink>}>
            <NewsList items={news.items} timeZone={org.timeZone} orgId={orgId} editable={false} preview />
          </Section>
        )}
        {wall && wall.items.length > 0 && (
          <Section id="wall-heading" title={tWall('title')}>
            <WallList posts={wall.items} timeZone={org.timeZone} orgId={orgId} canRemove={false} />
          </Section>
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-4">
        <PeopleBlock id="leaders-heading" title={t('leaders')} empty={t('no_leaders')} people={leaders} />
        <PeopleBlock id="admins-heading" title={t('administrators')} empty={t('no_administrators')} people={administrators} />
        {pagesOn && (
          <Section id="pages-heading" title={tPages('title')}>
            <PagesList pages={pages} basePath={`/site/${orgId}`} />
          </Section>
        )}
        {documentsOn && (
          <Section id="documents-heading" title={tDocs('title')}>
            <NewestDocumentsList documents={documents} timeZone={org.timeZone} />
          </Section>
        )}
      </div>
    </div>
  );
}
