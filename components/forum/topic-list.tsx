import { getTranslations } from 'next-intl/server';
import { EmptyCard } from '@/components/content/section';
import { type Column, DataTable } from '@/components/ui/data-table';
import { PersonName } from '@/components/ui/person-name';
import type { TopicSummary } from '@/lib/content/forum/queries';
import { NavLink } from '@/components/ui/nav-link';
import { formatDateTime } from '@/lib/time/format';

/** One page of a forum's topics: pinned first, then the most recently active (F-2.5). */
export async function TopicList({ topics, forumPath, locale, timeZone }: { topics: TopicSummary[]; forumPath: string; locale: string; timeZone: string }) {
  const t = await getTranslations('Forum');
  if (topics.length === 0) return <EmptyCard>{t('no_topics')}</EmptyCard>;
  const columns: Array<Column<TopicSummary>> = [
    {
      id: 'topic',
      header: t('topic'),
      cell: (topic) => (
        <>
          <NavLink href={`${forumPath}/topics/${topic.id}`} className="font-medium text-sky-800 hover:underline">
            {topic.title}
          </NavLink>
          <TopicBadges pinned={topic.pinned} closed={topic.closed} labels={{ pinned: t('pinned'), closed: t('closed') }} />
        </>
      ),
    },
    { id: 'author', header: t('author'), cell: (topic) => <PersonName person={topic.author} /> },
    { id: 'posts', header: t('posts'), headerClassName: 'text-right', className: 'text-right tabular-nums', cell: (topic) => topic.postCount },
    { id: 'last-post', header: t('last_post'), className: 'whitespace-nowrap text-neutral-700', cell: (topic) => formatDateTime(topic.lastPostAt, locale, timeZone) },
  ];
  return <DataTable look="card" className="text-sm" columns={columns} rows={topics} rowKey={(topic) => topic.id} caption={t('topics')} />;
}

export function TopicBadges({ pinned, closed, labels }: { pinned: boolean; closed: boolean; labels: { pinned: string; closed: string } }) {
  return (
    <>
      {pinned && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{labels.pinned}</span>}
      {closed && <span className="ml-2 rounded bg-neutral-200 px-2 py-0.5 text-xs font-semibold text-neutral-800">{labels.closed}</span>}
    </>
  );
}
