import { getTranslations } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { ForumCrumbs, Panel } from '@/components/forum/forum-crumbs';
import { PostForm } from '@/components/forum/post-form';
import { can } from '@/lib/auth/permissions';
import { updatePostAction } from '@/lib/content/forum/actions';
import { requireForum, requireForumTab, requireTopic } from '@/lib/content/forum/context';
import { getPost } from '@/lib/content/forum/queries';
import { parseId } from '@/lib/ids';

type Props = { params: Promise<{ locale: string; id: string; forumId: string; topicId: string; postId: string }> };

/** The author edits their own post while the topic is open; nobody else may. */
export default async function EditPostPage({ params }: Props) {
  const { locale, id, forumId, topicId, postId } = await params;
  const { org, auth, user, basePath } = await requireForumTab(id, locale);
  const forum = await requireForum(org.id, forumId);
  const topic = await requireTopic(org.id, forum.id, topicId);
  const post = (await getPost({ topicId: topic.id, postId: parseId(postId) ?? notFound() })) ?? notFound();
  // Its author only (a closed topic is said on the page below, the form left out).
  if (!can(user, 'org.forum.post.edit', auth, { post: { authorUserId: post.authorUserId, deleted: false } })) forbidden();
  const t = await getTranslations('Forum');
  const tAccess = await getTranslations('ForumAccess');
  const topicPath = `${basePath}/${forum.id}/topics/${topic.id}`;
  return (
    <>
      <ForumCrumbs org={org} basePath={basePath} forum={forum} topic={topic} current={t('edit_post')} />
      <Panel id="edit-post-heading" title={t('edit_post')}>
        {topic.closed ? (
          <p role="status">{tAccess('error_topic_closed')}</p>
        ) : (
          <PostForm action={updatePostAction} orgId={org.id} topicId={topic.id} post={post} topicPath={topicPath} />
        )}
      </Panel>
    </>
  );
}
