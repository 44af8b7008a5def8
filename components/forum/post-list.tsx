import { getTranslations } from 'next-intl/server';
import { EmptyCard } from '@/components/content/section';
import { ButtonLink } from '@/components/ui/button-link';
import { PersonName } from '@/components/ui/person-name';
import { deletePostAction } from '@/lib/content/forum/actions';
import type { PostView } from '@/lib/content/forum/queries';
import { formatDateTime } from '@/lib/time/format';
import { ActionButton } from './action-button';

/**
 * One page of a topic's posts, oldest first. Post bodies are plain text, rendered as text (React
 * escapes it), line breaks kept. The author sees "Edit" on their own post while the topic is open;
 * moderators see "Delete". Without a viewer (public site) no controls are shown.
 */
export async function PostList({
  posts,
  orgId,
  topicPath,
  locale,
  timeZone,
  viewer,
}: {
  posts: PostView[];
  orgId: number;
  topicPath: string;
  locale: string;
  timeZone: string;
  viewer: { userId: number; canModerate: boolean; topicOpen: boolean } | null;
}) {
  const t = await getTranslations('Forum');
  const tCommon = await getTranslations('Common');
  if (posts.length === 0) return <EmptyCard>{t('no_posts')}</EmptyCard>;
  return (
    <ol className="flex flex-col gap-3" aria-label={t('posts')}>
      {posts.map((post) => (
        <li key={post.id} id={`post-${post.id}`} className="scroll-mt-4">
          <article className="rounded-lg bg-white p-5 shadow-sm" aria-labelledby={`post-${post.id}-author`}>
            <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm">
              <span id={`post-${post.id}-author`}>
                <PersonName person={post.author} />
              </span>
              <time dateTime={new Date(post.createdAt).toISOString()} className="text-neutral-600">
                {formatDateTime(post.createdAt, locale, timeZone)}
              </time>
              {post.editedAt && <span className="text-neutral-600">{t('edited_at', { time: formatDateTime(post.editedAt, locale, timeZone) })}</span>}
            </header>
            <p className="whitespace-pre-wrap break-words" data-testid="post-body">
              {post.body}
            </p>
            {viewer && (
              <div className="mt-3 flex flex-wrap gap-2">
                {viewer.topicOpen && viewer.userId === post.authorUserId && (
                  <ButtonLink href={`${topicPath}/posts/${post.id}/edit`} variant="secondary" size="sm" className="text-sm">
                    {t('edit_post')}
                  </ButtonLink>
                )}
                {viewer.canModerate && (
                  <ActionButton
                    action={deletePostAction}
                    fields={{ orgId, postId: post.id }}
                    label={tCommon('yes_delete')}
                    confirm={{ trigger: t('delete_post'), title: t('delete_post_title'), text: t('delete_post_text'), cancel: tCommon('cancel') }}
                  />
                )}
              </div>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
