import { getTranslations } from 'next-intl/server';
import { EmptyCard } from '@/components/content/section';
import { ButtonLink } from '@/components/ui/button-link';
import type { ForumSummary } from '@/lib/content/forum/queries';
import { NavLink } from '@/components/ui/nav-link';
import { formatDateTime } from '@/lib/time/format';

/**
 * The organisation's forums with topic and post counts (F-2.5). `basePath` is '/org/{id}/forum'
 * in the app; `canManage` adds the moderators' edit links.
 */
export async function ForumList({
  forums,
  basePath,
  locale,
  timeZone,
  canManage,
}: {
  forums: ForumSummary[];
  basePath: string;
  locale: string;
  timeZone: string;
  canManage: boolean;
}) {
  const t = await getTranslations('Forum');
  if (forums.length === 0) return <EmptyCard>{t('no_forums')}</EmptyCard>;
  return (
    <ul className="flex flex-col gap-3" aria-label={t('forums')}>
      {forums.map((forum) => (
        <li key={forum.id} className="flex flex-wrap items-start justify-between gap-3 card">
          <div className="min-w-0 flex-1">
            <h2 className="text-lg font-semibold">
              <NavLink href={`${basePath}/${forum.id}`} className="text-sky-800 hover:underline">
                {forum.title}
              </NavLink>
            </h2>
            {forum.description && <p className="mt-1 whitespace-pre-line break-words text-neutral-700">{forum.description}</p>}
            <p className="mt-2 text-sm text-neutral-600">
              {t('topic_count', { count: forum.topicCount })} · {t('post_count', { count: forum.postCount })}
              {forum.lastPostAt && <> · {t('last_post_at', { time: formatDateTime(forum.lastPostAt, locale, timeZone) })}</>}
            </p>
          </div>
          {canManage && (
            <ButtonLink href={`${basePath}/${forum.id}/edit`} variant="secondary" size="sm" className="text-sm" aria-label={t('edit_forum_named', { title: forum.title })}>
              {t('edit_forum')}
            </ButtonLink>
          )}
        </li>
      ))}
    </ul>
  );
}
