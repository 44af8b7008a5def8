import { getTranslations } from 'next-intl/server';
import { EmptyCard } from '@/components/content/section';
import { personRef } from '@/components/ui/person-name';
import { deletePostAction } from '@/lib/content/forum/actions';
import type { PostView } from '@/lib/content/forum/queries';
import { formatDateTime, shownTime } from '@/lib/time/format';
import { type PostItem, PostItems } from './post-items';

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
  const items: PostItem[] = posts.map((post) => ({
    id: post.id,
    author: personRef(post.author),
    at: shownTime(post.createdAt, locale, timeZone),
    edited: post.editedAt ? t('edited_at', { time: formatDateTime(post.editedAt, locale, timeZone) }) : null,
    body: post.body,
    canEdit: Boolean(viewer?.topicOpen && viewer.userId === post.authorUserId),
    canDelete: Boolean(viewer?.canModerate),
  }));
  const labels = { posts: t('posts'), edit: t('edit_post'), delete: t('delete_post'), deleteTitle: t('delete_post_title'), deleteText: t('delete_post_text'), yesDelete: tCommon('yes_delete'), cancel: tCommon('cancel') };
  return <PostItems posts={items} orgId={orgId} topicPath={topicPath} labels={labels} deleteAction={deletePostAction} />;
}
