import 'server-only';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbExecutor } from '@/db/index';
import { forumPosts, forums, forumTopics } from '@/db/schema/index';
import { ActionError, assertCan } from '@/lib/action-core';
import type { ActionContext } from '@/lib/command';
import type { CurrentUser } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/record';
import { countRows } from '@/lib/pagination';
import { liveTopicsOf, loadForum, lockTopic, notFoundError } from './load';
import { topicState } from './rules';
import type {
  CreateForumInput,
  CreateTopicInput,
  DeleteForumInput,
  DeleteTopicInput,
  SetTopicFlagInput,
  UpdateForumInput,
  UpdateTopicInput,
} from './schemas';

/**
 * Forums and topics (F-2.5), run by the commands of forum-commands.ts once `can` allowed them on
 * the organisation's settings. Each changes the rows and writes its audit event in one
 * transaction; a topic's moderation is decided again on the locked topic. Posts: forum-post-writes.ts.
 */

export async function createForum(db: DbExecutor, user: CurrentUser, input: CreateForumInput) {
  return db.transaction(async (tx) => {
    const [forum] = await tx
      .insert(forums)
      .values({ organizationId: input.orgId, title: input.title, description: input.description })
      .returning({ id: forums.id });
    await recordAudit(tx, {
      actorUserId: user.id,
      organizationId: input.orgId,
      action: 'forum.create',
      entity: 'forum',
      entityId: forum!.id,
      changes: { title: { from: null, to: input.title } },
    });
    return { forumId: forum!.id };
  });
}

export async function updateForum(db: DbExecutor, user: CurrentUser, input: UpdateForumInput) {
  await db.transaction(async (tx) => {
    const forum = (await loadForum(tx, input.orgId, input.forumId)) ?? notFound();
    await tx.update(forums).set({ title: input.title, description: input.description }).where(eq(forums.id, forum.id));
    await recordAudit(tx, {
      actorUserId: user.id,
      organizationId: input.orgId,
      action: 'forum.update',
      entity: 'forum',
      entityId: forum.id,
      changes: changesOf(forum, input, ['title', 'description']),
    });
  });
}

/**
 * A forum is deleted only when it has no live topics (moderators delete or keep them first), so a
 * click never takes a discussion with it. Topics already deleted (soft) go with the forum: the
 * table has no deleted mark for forums, and nothing links to those topics any more.
 */
export async function deleteForum(db: DbExecutor, user: CurrentUser, input: DeleteForumInput) {
  await db.transaction(async (tx) => {
    const [forum] = await tx
      .select()
      .from(forums)
      .where(and(eq(forums.id, input.forumId), eq(forums.organizationId, input.orgId)))
      .for('update');
    if (!forum) notFound();
    if ((await countRows(tx, forumTopics, liveTopicsOf(forum.id))) > 0) throw new ActionError('Forum.error_forum_not_empty');
    const deletedTopics = await tx
      .select({ id: forumTopics.id })
      .from(forumTopics)
      .where(and(eq(forumTopics.forumId, forum.id), isNotNull(forumTopics.deletedAt)));
    const topicIds = deletedTopics.map((t) => t.id);
    if (topicIds.length > 0) {
      await tx.delete(forumPosts).where(inArray(forumPosts.topicId, topicIds));
      await tx.delete(forumTopics).where(inArray(forumTopics.id, topicIds));
    }
    await tx.delete(forums).where(eq(forums.id, forum.id));
    await recordAudit(tx, {
      actorUserId: user.id,
      organizationId: input.orgId,
      action: 'forum.delete',
      entity: 'forum',
      entityId: forum.id,
      changes: { title: { from: forum.title, to: null }, purgedDeletedTopics: { from: topicIds.length, to: 0 } },
    });
  });
}

/** A topic opens with its first post, in one transaction. */
export async function createTopic(db: DbExecutor, user: CurrentUser, input: CreateTopicInput) {
  return db.transaction(async (tx) => {
    const forum = (await loadForum(tx, input.orgId, input.forumId)) ?? notFound();
    const now = new Date();
    const [topic] = await tx
      .insert(forumTopics)
      .values({ forumId: forum.id, title: input.title, authorUserId: user.id, createdAt: now, lastPostAt: now })
      .returning({ id: forumTopics.id });
    await tx.insert(forumPosts).values({ topicId: topic!.id, authorUserId: user.id, body: input.body, createdAt: now });
    await recordAudit(tx, {
      actorUserId: user.id,
      organizationId: input.orgId,
      action: 'forum.topic.create',
      entity: 'forum_topic',
      entityId: topic!.id,
      changes: { title: { from: null, to: input.title } },
    });
    return { topicId: topic!.id, forumId: forum.id };
  });
}

export async function updateTopic(db: DbExecutor, ctx: ActionContext, input: UpdateTopicInput) {
  await moderateTopic(db, ctx, input, 'forum.topic.update', (topic) => (topic.title === input.title ? null : { title: input.title }));
}

export async function setTopicPinned(db: DbExecutor, ctx: ActionContext, input: SetTopicFlagInput) {
  await moderateTopic(db, ctx, input, 'forum.topic.pin', (topic) => (topic.pinned === input.value ? null : { pinned: input.value }));
}

export async function setTopicClosed(db: DbExecutor, ctx: ActionContext, input: SetTopicFlagInput) {
  await moderateTopic(db, ctx, input, 'forum.topic.close', (topic) => (topic.closed === input.value ? null : { closed: input.value }));
}

/** Soft delete: the topic and its posts stay in the database, hidden from every list. */
export async function deleteTopic(db: DbExecutor, ctx: ActionContext, input: DeleteTopicInput) {
  await moderateTopic(db, ctx, input, 'forum.topic.delete', () => ({ deletedAt: new Date() }));
}

type TopicRow = typeof forumTopics.$inferSelect;
type TopicChange = Partial<Pick<TopicRow, 'title' | 'pinned' | 'closed' | 'deletedAt'>>;

/** A moderator's change of one topic; `change` returns null when there is nothing to do. */
async function moderateTopic(
  db: DbExecutor,
  ctx: ActionContext,
  input: { orgId: number; topicId: number },
  action: string,
  change: (topic: TopicRow) => TopicChange | null,
) {
  await db.transaction(async (tx) => {
    const topic = await lockTopic(tx, input.orgId, input.topicId);
    assertCan(ctx, 'org.forum.topic.moderate', { topic: topicState(topic) });
    const values = change(topic);
    if (!values) return;
    await tx.update(forumTopics).set(values).where(eq(forumTopics.id, topic.id));
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      organizationId: input.orgId,
      action,
      entity: 'forum_topic',
      entityId: topic.id,
      changes: changesOf(topic, values, Object.keys(values) as Array<keyof TopicChange>),
    });
  });
}

function changesOf<T extends object, K extends keyof T & string>(before: T, after: Partial<Record<K, unknown>>, keys: K[]) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of keys) if (before[key] !== after[key]) out[key] = { from: before[key], to: after[key] };
  return out;
}

function notFound(): never {
  throw notFoundError();
}
