import { getTranslations } from 'next-intl/server';
import { ForumCrumbs } from '@/components/forum/forum-crumbs';
import { TopicList } from '@/components/forum/topic-list';
import { ButtonLink } from '@/components/ui/button-link';
import { Pagination } from '@/components/ui/pagination';
import { requireForum, requireForumTab } from '@/lib/content/forum/context';
import { listTopics } from '@/lib/content/forum/queries';
import { FORUM_TOPICS_PAGE_SIZE } from '@/lib/content/forum/limits';
import { parsePage } from '@/lib/pagination';

type Props = { params: Promise<{ locale: string; id: string; forumId: string }>; searchParams: Promise<{ page?: string | string[] }> };

/** A forum's topics, 20 a page, pinned first; "New topic" for whoever the setting allows. */
export default async function ForumTopicsPage({ params, searchParams }: Props) {
  const { locale, id, forumId } = await params;
  const { org, abilities, basePath } = await requireForumTab(id, locale);
  const forum = await requireForum(org.id, forumId);
  const { topics, total, page } = await listTopics({ forumId: forum.id, page: parsePage((await searchParams).page) });
  const t = await getTranslations('Forum');
  const forumPath = `${basePath}/${forum.id}`;
  return (
    <>
      <ForumCrumbs org={org} basePath={basePath} current={forum.title} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-xl font-semibold break-words">{forum.title}</h2>
          {forum.description && <p className="mt-1 whitespace-pre-line break-words text-neutral-700">{forum.description}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          {abilities.manageForums && (
            <ButtonLink href={`${forumPath}/edit`} variant="secondary" className="text-sm">
              {t('edit_forum')}
            </ButtonLink>
          )}
          {abilities.openTopics && (
            <ButtonLink href={`${forumPath}/new`}>
              {t('new_topic')}
            </ButtonLink>
          )}
        </div>
      </div>
      {!abilities.openTopics && <p className="text-sm text-neutral-600">{t('moderators_open_topics')}</p>}
      <TopicList topics={topics} forumPath={forumPath} locale={locale} timeZone={org.timeZone} />
      <Pagination pathname={forumPath} query={{}} page={page} total={total} pageSize={FORUM_TOPICS_PAGE_SIZE} />
    </>
  );
}
