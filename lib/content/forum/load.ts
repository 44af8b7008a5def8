import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '@/db/index';
import { forumPosts, forums, forumTopics } from '@/db/schema/index';
import { ActionError } from '@/lib/action-core';

/**
 * Rows the forum's writes check before changing anything. Topic and post rows are locked
 * (FOR UPDATE) so a moderator closing a topic and a reply racing it are decided one after the other.
 * Anything of another organisation is "not found", exactly like a missing row.
 */
export const notFoundError = () => new ActionError('Forum.error_not_found');

export async function loadForum(db: DbExecutor, orgId: number, forumId: number) {
  const [forum] = await db
    .select()
    .from(forums)
    .where(and(eq(forums.id, forumId), eq(forums.organizationId, orgId)));
  return forum ?? null;
}

export async function lockTopic(db: DbExecutor, orgId: number, topicId: number) {
  const [row] = await db
    .select({ topic: forumTopics })
    .from(forumTopics)
    .innerJoin(forums, eq(forums.id, forumTopics.forumId))
    .where(and(eq(forumTopics.id, topicId), eq(forums.organizationId, orgId)))
    .for('update', { of: forumTopics });
  if (!row) throw notFoundError();
  return row.topic;
}

export async function lockPost(db: DbExecutor, orgId: number, postId: number) {
  const [row] = await db
    .select({ post: forumPosts, topic: forumTopics })
    .from(forumPosts)
    .innerJoin(forumTopics, eq(forumTopics.id, forumPosts.topicId))
    .innerJoin(forums, eq(forums.id, forumTopics.forumId))
    .where(and(eq(forumPosts.id, postId), eq(forums.organizationId, orgId)))
    .for('update', { of: [forumPosts, forumTopics] });
  if (!row) throw notFoundError();
  return row;
}

/** Live (not deleted) topics of a forum. */
export const liveTopicsOf = (forumId: number) => and(eq(forumTopics.forumId, forumId), isNull(forumTopics.deletedAt));
