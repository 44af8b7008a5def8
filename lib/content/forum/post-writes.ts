import 'server-only';
import { and, eq, isNull, lte, or, lt } from 'drizzle-orm';
import type { DbExecutor } from '@/db/index';
import { forumPosts, forumTopics } from '@/db/schema/index';
import { assertCan } from '@/lib/action-core';
import type { ActionContext } from '@/lib/command';
import { recordAudit } from '@/lib/audit/record';
import { countRows } from '@/lib/pagination';
import { lockPost, lockTopic } from './load';
import { postState, topicState } from './rules';
import { FORUM_POSTS_PAGE_SIZE } from './limits';
import type { CreatePostInput, DeletePostInput, UpdatePostInput } from './schemas';

/**
 * Posts (F-2.5): anyone who sees the forums replies in an open topic; the author edits their own
 * post; moderators delete (soft). `can` allowed the command on the organisation's settings; the
 * topic row is locked first and the same rule decided again on it, so a reply and a "close"
 * racing each other are decided in order and a reply never lands in a closed topic.
 */

/** Returns the new post and the page of the topic it is on (posts are listed oldest first). */
export async function createPost(db: DbExecutor, ctx: ActionContext, input: CreatePostInput) {
  const { user } = ctx;
  return db.transaction(async (tx) => {
    const topic = await lockTopic(tx, input.orgId, input.topicId);
    assertCan(ctx, 'org.forum.post.create', { topic: topicState(topic) });
    const now = new Date();
    const [post] = await tx
      .insert(forumPosts)
      .values({ topicId: topic.id, authorUserId: user.id, body: input.body, createdAt: now })
      .returning({ id: forumPosts.id, createdAt: forumPosts.createdAt });
    await tx.update(forumTopics).set({ lastPostAt: now }).where(eq(forumTopics.id, topic.id));
    await recordAudit(tx, { actorUserId: user.id, organizationId: input.orgId, action: 'forum.post.create', entity: 'forum_post', entityId: post!.id });
    const before = await countRows(
      tx,
      forumPosts,
      and(
        eq(forumPosts.topicId, topic.id),
        isNull(forumPosts.deletedAt),
        or(lt(forumPosts.createdAt, post!.createdAt), and(eq(forumPosts.createdAt, post!.createdAt), lte(forumPosts.id, post!.id))),
      ),
    );
    return { postId: post!.id, forumId: topic.forumId, topicId: topic.id, page: Math.max(1, Math.ceil(before / FORUM_POSTS_PAGE_SIZE)) };
  });
}

export async function updatePost(db: DbExecutor, ctx: ActionContext, input: UpdatePostInput) {
  const { user } = ctx;
  await db.transaction(async (tx) => {
    const { post, topic } = await lockPost(tx, input.orgId, input.postId);
    assertCan(ctx, 'org.forum.post.edit', { topic: topicState(topic), post: postState(post) });
    if (post.body === input.body) return;
    await tx.update(forumPosts).set({ body: input.body, editedAt: new Date() }).where(eq(forumPosts.id, post.id));
    await recordAudit(tx, {
      actorUserId: user.id,
      organizationId: input.orgId,
      action: 'forum.post.update',
      entity: 'forum_post',
      entityId: post.id,
      changes: { body: { from: post.body, to: input.body } },
    });
  });
}

export async function deletePost(db: DbExecutor, ctx: ActionContext, input: DeletePostInput) {
  const { user } = ctx;
  await db.transaction(async (tx) => {
    const { post, topic } = await lockPost(tx, input.orgId, input.postId);
    assertCan(ctx, 'org.forum.post.delete', { topic: topicState(topic), post: postState(post) });
    const deletedAt = new Date();
    await tx.update(forumPosts).set({ deletedAt }).where(eq(forumPosts.id, post.id));
    await recordAudit(tx, {
      actorUserId: user.id,
      organizationId: input.orgId,
      action: 'forum.post.delete',
      entity: 'forum_post',
      entityId: post.id,
      changes: { deletedAt: { from: null, to: deletedAt.toISOString() } },
    });
  });
}
