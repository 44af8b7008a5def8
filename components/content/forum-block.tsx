import { getFormatter, getTranslations } from 'next-intl/server';
import { ForumTopicLinks } from './forum-topic-links';
import { EmptyState, Section, SectionLink } from './section';

type Topic = { id: number; forumId: number; title: string; forumTitle: string; lastPostAt: Date };

/**
 * The Page tab's "forum for discussing events" (F-2.1, beside news and the wall): the latest
 * active topics of the organisation's forums, each a link to it, and a way to the Forum tab.
 */
export async function ForumBlock({ orgId, topics, timeZone }: { orgId: number; topics: Topic[]; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations('Forum'), getFormatter()]);
  return (
    <Section
      id="forum-heading"
      title={t('page_block_title')}
      actions={<SectionLink href={`/org/${orgId}/forum`}>{t('page_block_all')}</SectionLink>}
    >
      {topics.length === 0 ? (
        <EmptyState>{t('page_block_empty')}</EmptyState>
      ) : (
        <ForumTopicLinks
          topics={topics.map((topic) => ({
            id: topic.id,
            href: `/org/${orgId}/forum/${topic.forumId}/topics/${topic.id}`,
            title: topic.title,
            meta: `${topic.forumTitle} · ${format.dateTime(topic.lastPostAt, { dateStyle: 'medium', timeStyle: 'short', timeZone })}`,
          }))}
        />
      )}
    </Section>
  );
}
