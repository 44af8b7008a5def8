import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { ForumCrumbs, Panel } from '@/components/forum/forum-crumbs';
import { TopicForm } from '@/components/forum/topic-form';
import { createTopicAction } from '@/lib/content/forum/actions';
import { requireForum, requireForumTab } from '@/lib/content/forum/context';

/** A new topic; refused (403) when the setting leaves topics to moderators. */
export default async function NewTopicPage({ params }: { params: Promise<{ locale: string; id: string; forumId: string }> }) {
  const { locale, id, forumId } = await params;
  const { org, abilities, basePath } = await requireForumTab(id, locale);
  const forum = await requireForum(org.id, forumId);
  if (!abilities.openTopics) forbidden();
  const t = await getTranslations('Forum');
  return (
    <>
      <ForumCrumbs org={org} basePath={basePath} forum={forum} current={t('new_topic')} />
      <Panel id="new-topic-heading" title={t('new_topic')}>
        <TopicForm action={createTopicAction} orgId={org.id} forumId={forum.id} basePath={basePath} />
      </Panel>
    </>
  );
}
