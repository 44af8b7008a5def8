import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForumBlock } from '@/components/content/forum-block';
import { NewestDocumentsList } from '@/components/content/newest-documents-list';
import { NewsList } from '@/components/content/news-list';
import { PagesList } from '@/components/content/pages-list';
import { Section, SectionLink } from '@/components/content/section';
import { WallList } from '@/components/content/wall-list';
import { WallPostForm } from '@/components/content/wall-post-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { AboutBlock } from '@/components/org/about-block';
import { ContactsBlock } from '@/components/org/contacts-block';
import { LeadersAddLink } from '@/components/org/leaders-add-link';
import { PeopleBlock } from '@/components/org/people-block';
import { can } from '@/lib/auth/permissions';
import { postToWall } from '@/lib/content/actions';
import { latestTopics } from '@/lib/content/forum/queries';
import { getInteractivePages, getNews, getNewestDocuments, getWallPosts, NEWS_PREVIEW_COUNT, WALL_PREVIEW_COUNT } from '@/lib/content/queries';
import { getOrgContext } from '@/lib/organizations/org-context';
import { countSubordinateInstitutions, getOrganizationAdministrators, getOrganizationLeaders } from '@/lib/organizations/queries';

type Props = { params: Promise<{ locale: string; id: string }> };

const FORUM_PREVIEW_COUNT = 5;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const { org } = await getOrgContext(id, locale);
  return { title: org.shortName };
}

/** Page tab (F-2.1): description, contacts, news, the forum's latest topics, message wall, interactive pages, people, newest documents. */
export default async function OrganizationPage({ params }: Props) {
  const { locale, id } = await params;
  const { org, auth, user, tabs, leadersEdited } = await getOrgContext(id, locale);
  const orgId = org.id;
  const pagesOn = can(user, 'org.pages.view', auth);
  const documentsOn = tabs.includes('documents');
  const forumOn = tabs.includes('forum');
  const [institutionCount, leaders, administrators, news, wall, pages, documents, topics] = await Promise.all([
    countSubordinateInstitutions(org),
    getOrganizationLeaders({ orgId, leadersEdited }),
    getOrganizationAdministrators({ orgId }),
    getNews({ orgId, page: 1, pageSize: NEWS_PREVIEW_COUNT }),
    getWallPosts({ orgId, page: 1, pageSize: WALL_PREVIEW_COUNT }),
    pagesOn ? getInteractivePages({ orgId }) : Promise.resolve([]),
    documentsOn ? getNewestDocuments({ orgId }) : Promise.resolve([]),
    forumOn ? latestTopics({ orgId, limit: FORUM_PREVIEW_COUNT }) : Promise.resolve([]),
  ]);
  const canEditNews = can(user, 'org.content.edit', auth);
  const canPost = can(user, 'org.wall.post', auth);
  const canModerate = can(user, 'org.forum.moderate', auth);
  const canEditPages = can(user, 'org.pages.edit', auth);
  const [t, tCrumbs, tNews, tWall, tPages, tDocs] = await Promise.all([
    getTranslations('OrgPage'),
    getTranslations('Breadcrumbs'),
    getTranslations('News'),
    getTranslations('Wall'),
    getTranslations('InteractivePages'),
    getTranslations('DocumentsQuick'),
  ]);
  return (
    <ClientMessages area="orgPage">
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${orgId}` }, { label: tCrumbs('page') }]} />
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <div className="flex min-w-0 flex-col gap-4">
          <AboutBlock org={{ ...org, institutionCount }} />
          <ContactsBlock contacts={org} />
          <Section
            id="news-heading"
            title={tNews('title')}
            actions={
              <>
                {news.total > 0 && (
                  <SectionLink href={`/org/${orgId}/news`}>
                    {tNews('all_news')}
                  </SectionLink>
                )}
                {canEditNews && (
                  <SectionLink href={`/org/${orgId}/news/new`} primary>
                    {tNews('add')}
                  </SectionLink>
                )}
              </>
            }
          >
            <NewsList items={news.items} timeZone={org.timeZone} orgId={orgId} editable={canEditNews} preview />
          </Section>
          {forumOn && <ForumBlock orgId={orgId} topics={topics} timeZone={org.timeZone} />}
          <Section
            id="wall-heading"
            title={tWall('title')}
            actions={
              wall.total > wall.items.length && (
                <SectionLink href={`/org/${orgId}/wall`}>
                  {tWall('all_posts')}
                </SectionLink>
              )
            }
          >
            {canPost ? <WallPostForm action={postToWall} orgId={orgId} /> : <p className="mb-3 text-sm text-neutral-600">{tWall('read_only')}</p>}
            <WallList posts={wall.items} timeZone={org.timeZone} orgId={orgId} canRemove={canModerate} preview />
          </Section>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <PeopleBlock
            id="leaders-heading"
            title={t('leaders')}
            empty={t('no_leaders')}
            people={leaders}
            actions={can(user, 'org.leaders.manage', auth) && <LeadersAddLink orgId={orgId} />}
          />
          <PeopleBlock id="admins-heading" title={t('administrators')} empty={t('no_administrators')} people={administrators} />
          {pagesOn && (
            <Section
              id="pages-heading"
              title={tPages('title')}
              actions={
                canEditPages && (
                  <SectionLink href={`/org/${orgId}/pages/new`} primary>
                    {tPages('add')}
                  </SectionLink>
                )
              }
            >
              <PagesList pages={pages} basePath={`/org/${orgId}`} />
            </Section>
          )}
          {documentsOn && (
            <Section
              id="documents-heading"
              title={tDocs('title')}
              actions={
                documents.length > 0 && (
                  <SectionLink href={`/org/${orgId}/documents`}>
                    {tDocs('all')}
                  </SectionLink>
                )
              }
            >
              <NewestDocumentsList documents={documents} timeZone={org.timeZone} />
            </Section>
          )}
        </div>
      </div>
    </ClientMessages>
  );
}
