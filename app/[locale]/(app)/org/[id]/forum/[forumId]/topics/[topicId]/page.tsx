import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { ForumCrumbs, Panel } from '@/components/forum/forum-crumbs';
import { PostForm } from '@/components/forum/post-form';
import { PostList } from '@/components/forum/post-list';
import { TopicBadges } from '@/components/forum/topic-list';
import { TopicModeration } from '@/components/forum/topic-moderation';
import { Pagination } from '@/components/ui/pagination';
import { createPostAction } from '@/lib/content/forum/actions';
import { requireForum, requireForumTab, requireTopic } from '@/lib/content/forum/context';
import { listPosts } from '@/lib/content/forum/queries';
import { FORUM_POSTS_PAGE_SIZE } from '@/lib/content/forum/limits';
import { parsePage } from '@/lib/pagination';

type Props = {
  params: Promise<{ locale: string; id: string; forumId: string; topicId: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

/** A topic's posts, 20 a page, oldest first; a reply box while the topic is open. */
export default async function TopicPage({ params, searchParams }: Props) {
  const { locale, id, forumId, topicId } = await params;
  const { org, user, abilities, basePath } = await requireForumTab(id, locale);
  const forum = await requireForum(org.id, forumId);
  const topic = await requireTopic(org.id, forum.id, topicId);
  const { posts, total, page } = await listPosts({ topicId: topic.id, page: parsePage((await searchParams).page) });
  const t = await getTranslations('Forum');
  const forumPath = `${basePath}/${forum.id}`;
  const topicPath = `${forumPath}/topics/${topic.id}`;
  return (
    <ClientMessages area="forumThread">
      <ForumCrumbs org={org} basePath={basePath} forum={forum} current={topic.title} />
      <div className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold break-words">
          {topic.title}
          <TopicBadges pinned={topic.pinned} closed={topic.closed} labels={{ pinned: t('pinned'), closed: t('closed') }} />
        </h2>
        {abilities.moderate && <TopicModeration orgId={org.id} topic={topic} topicPath={topicPath} forumPath={forumPath} />}
      </div>
      <PostList
        posts={posts}
        orgId={org.id}
        topicPath={topicPath}
        locale={locale}
        timeZone={org.timeZone}
        viewer={{ userId: user.id, canModerate: abilities.moderate, topicOpen: !topic.closed }}
      />
      <Pagination pathname={topicPath} query={{}} page={page} total={total} pageSize={FORUM_POSTS_PAGE_SIZE} />
      {topic.closed ? (
        <p role="status" className="rounded-lg border border-neutral-300 bg-neutral-50 p-4 text-neutral-800">
          {t('topic_closed_notice')}
        </p>
      ) : (
        <Panel id="reply-heading" title={t('reply')}>
          <PostForm action={createPostAction} orgId={org.id} topicId={topic.id} topicPath={topicPath} />
        </Panel>
      )}
    </ClientMessages>
  );
}
