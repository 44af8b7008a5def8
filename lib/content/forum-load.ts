import { and, eq, isNull } from 'drizzle-orm';
import { forumPosts, forums, forumTopics, organizations } from '@/db/schema';
import { ActionError } from '@/lib/action-core';
import type { CurrentUser } from '@/lib/auth/permissions';
import type { DbExecutor } from '@/lib/audit/record';
import { withDefaultFunctions } from '@/lib/organizations/function-settings';
import { type ForumAction, forumDenial } from './forum-rules';

/**
 * Rows the forum's writes check before changing anything. Topic and post rows are locked
 * (FOR UPDATE) so a moderator closing a topic and a reply racing it are decided one after the other.
 * Anything of another organisation is "not found", exactly like a missing row.
 */
export const notFoundError = () => new ActionError('Forum.error_not_found');

export async function orgFunctions(db: DbExecutor, orgId: number) {
  const [org] = await db.select({ functions: organizations.functions }).from(organizations).where(eq(organizations.id, orgId));
  if (!org) throw notFoundError();
  return withDefaultFunctions(org.functions);
}

/** Throws the rules' refusal as a message the form shows. */
export async function assertAllowed(db: DbExecutor, user: CurrentUser, orgId: number, action: ForumAction) {
  const denial = forumDenial(user, await orgFunctions(db, orgId), orgId, action);
  if (denial) throw new ActionError(`Forum.error_${denial}`);
}

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

export function topicState(topic: { closed: boolean; deletedAt: Date | null }) {
  return { closed: topic.closed, deleted: topic.deletedAt !== null };
}

export function postState(post: { authorUserId: number; deletedAt: Date | null }) {
  return { authorUserId: post.authorUserId, deleted: post.deletedAt !== null };
}

/** Live (not deleted) topics of a forum. */
export const liveTopicsOf = (forumId: number) => and(eq(forumTopics.forumId, forumId), isNull(forumTopics.deletedAt));
