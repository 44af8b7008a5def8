import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { TopicTitleForm } from '@/components/forum/topic-title-form';
import { updateTopicAction } from '@/lib/content/forum-actions';
import { requireForum, requireForumTab, requireTopic } from '@/lib/content/forum-context';

/** Moderators rename a topic. */
export default async function EditTopicPage({ params }: { params: Promise<{ locale: string; id: string; forumId: string; topicId: string }> }) {
  const { locale, id, forumId, topicId } = await params;
  const { org, abilities, basePath } = await requireForumTab(id, locale);
  const forum = await requireForum(org.id, forumId);
  const topic = await requireTopic(org.id, forum.id, topicId);
  if (!abilities.moderate) forbidden();
  const t = await getTranslations('Forum');
  const forumPath = `${basePath}/${forum.id}`;
  const topicPath = `${forumPath}/topics/${topic.id}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: org.shortName, href: `/org/${org.id}` },
          { label: t('title'), href: basePath },
          { label: forum.title, href: forumPath },
          { label: topic.title, href: topicPath },
          { label: t('edit_topic') },
        ]}
      />
      <section aria-labelledby="edit-topic-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="edit-topic-heading" className="mb-4 text-xl font-semibold">
          {t('edit_topic')}
        </h2>
        <TopicTitleForm action={updateTopicAction} orgId={org.id} topic={topic} thenGo={topicPath} />
      </section>
    </>
  );
}
