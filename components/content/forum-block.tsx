import { getFormatter, getTranslations } from 'next-intl/server';
import { NavLink } from '@/components/ui/nav-link';
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
        <ul className="flex flex-col gap-2" data-testid="forum-block">
          {topics.map((topic) => (
            <li key={topic.id} className="flex flex-col">
              <NavLink href={`/org/${orgId}/forum/${topic.forumId}/topics/${topic.id}`} className="text-sky-800 underline">
                {topic.title}
              </NavLink>
              <span className="text-xs text-neutral-600">
                {topic.forumTitle} · {format.dateTime(topic.lastPostAt, { dateStyle: 'medium', timeStyle: 'short', timeZone })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
