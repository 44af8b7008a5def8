import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { ForumCrumbs, Panel } from '@/components/forum/forum-crumbs';
import { TopicTitleForm } from '@/components/forum/topic-title-form';
import { updateTopicAction } from '@/lib/content/forum/actions';
import { requireForum, requireForumTab, requireTopic } from '@/lib/content/forum/context';

/** Moderators rename a topic. */
export default async function EditTopicPage({ params }: { params: Promise<{ locale: string; id: string; forumId: string; topicId: string }> }) {
  const { locale, id, forumId, topicId } = await params;
  const { org, abilities, basePath } = await requireForumTab(id, locale);
  const forum = await requireForum(org.id, forumId);
  const topic = await requireTopic(org.id, forum.id, topicId);
  if (!abilities.moderate) forbidden();
  const t = await getTranslations('Forum');
  const topicPath = `${basePath}/${forum.id}/topics/${topic.id}`;
  return (
    <>
      <ForumCrumbs org={org} basePath={basePath} forum={forum} topic={topic} current={t('edit_topic')} />
      <Panel id="edit-topic-heading" title={t('edit_topic')}>
        <TopicTitleForm action={updateTopicAction} orgId={org.id} topic={topic} thenGo={topicPath} />
      </Panel>
    </>
  );
}
