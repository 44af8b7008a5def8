import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { TopicForm } from '@/components/forum/topic-form';
import { createTopicAction } from '@/lib/content/forum-actions';
import { requireForum, requireForumTab } from '@/lib/content/forum-context';

/** A new topic; refused (403) when the setting leaves topics to moderators. */
export default async function NewTopicPage({ params }: { params: Promise<{ locale: string; id: string; forumId: string }> }) {
  const { locale, id, forumId } = await params;
  const { org, abilities, basePath } = await requireForumTab(id, locale);
  const forum = await requireForum(org.id, forumId);
  if (!abilities.openTopics) forbidden();
  const t = await getTranslations('Forum');
  return (
    <>
      <Breadcrumbs items={[{ label: org.shortName, href: `/org/${org.id}` }, { label: t('title'), href: basePath }, { label: forum.title, href: `${basePath}/${forum.id}` }, { label: t('new_topic') }]} />
      <section aria-labelledby="new-topic-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="new-topic-heading" className="mb-4 text-xl font-semibold">
          {t('new_topic')}
        </h2>
        <TopicForm action={createTopicAction} orgId={org.id} forumId={forum.id} basePath={basePath} />
      </section>
    </>
  );
}
