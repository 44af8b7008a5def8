import { getTranslations } from 'next-intl/server';
import { EmptyCard } from '@/components/content/section';
import { PersonName } from '@/components/ui/person-name';
import type { TopicSummary } from '@/lib/content/forum-queries';
import { Link } from '@/lib/i18n/navigation';
import { formatDateTime } from '@/lib/time/format';

/** One page of a forum's topics: pinned first, then the most recently active (F-2.5). */
export async function TopicList({ topics, forumPath, locale, timeZone }: { topics: TopicSummary[]; forumPath: string; locale: string; timeZone: string }) {
  const t = await getTranslations('Forum');
  if (topics.length === 0) return <EmptyCard>{t('no_topics')}</EmptyCard>;
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('topics')}</caption>
        <thead className="border-b border-neutral-200 bg-neutral-50">
          <tr>
            {([['topic', ''], ['author', ''], ['posts', 'text-right'], ['last_post', '']] as const).map(([key, align]) => (
              <th key={key} scope="col" className={`px-4 py-2 font-semibold ${align}`}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id} className="border-b border-neutral-100 last:border-0">
              <td className="px-4 py-3">
                <Link href={`${forumPath}/topics/${topic.id}`} className="font-medium text-sky-800 hover:underline">
                  {topic.title}
                </Link>
                <TopicBadges pinned={topic.pinned} closed={topic.closed} labels={{ pinned: t('pinned'), closed: t('closed') }} />
              </td>
              <td className="px-4 py-3">
                <PersonName person={topic.author} />
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{topic.postCount}</td>
              <td className="px-4 py-3 whitespace-nowrap text-neutral-700">{formatDateTime(topic.lastPostAt, locale, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TopicBadges({ pinned, closed, labels }: { pinned: boolean; closed: boolean; labels: { pinned: string; closed: string } }) {
  return (
    <>
      {pinned && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{labels.pinned}</span>}
      {closed && <span className="ml-2 rounded bg-neutral-200 px-2 py-0.5 text-xs font-semibold text-neutral-800">{labels.closed}</span>}
    </>
  );
}
