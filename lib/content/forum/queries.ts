import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { type Database, getDb } from '@/db/index';
import { forumPosts, forums, forumTopics, persons, users } from '@/db/schema/index';
import { countRows, limitInStatement, pageOrLast, totalOfAllRows } from '@/lib/pagination';
import { FORUM_POSTS_PAGE_SIZE, FORUM_TOPICS_PAGE_SIZE } from './limits';

/**
 * Correlated subqueries name the outer table explicitly (`${forums}.id`): Drizzle leaves columns
 * unqualified in a select without joins, which the subquery would read as its own.
 *
 * Reads of the Forum tab (F-2.5); `db` is given by the tests, pages use the app's pool. Deleted topics and posts never show; every read is scoped to the
 * organisation, so an id of another organisation's forum reads as missing.
 */

const author = {
  userId: users.id,
  surname: persons.surname,
  name: persons.name,
  patronymic: persons.patronymic,
};

export type ForumSummary = Awaited<ReturnType<typeof listForums>>[number];

/** Forums with their live topic and post counts and the time of the last post. */
export async function listForums({ orgId }: { orgId: number }, db: Database = getDb()) {
  return db
    .select({
      id: forums.id,
      title: forums.title,
      description: forums.description,
      topicCount: sql<number>`(select count(*)::int from ${forumTopics} t where t.forum_id = ${forums}.id and t.deleted_at is null)`,
      postCount: sql<number>`(select count(*)::int from ${forumPosts} p join ${forumTopics} t on t.id = p.topic_id
        where t.forum_id = ${forums}.id and t.deleted_at is null and p.deleted_at is null)`,
      lastPostAt: sql<Date | null>`(select max(t.last_post_at) from ${forumTopics} t where t.forum_id = ${forums}.id and t.deleted_at is null)`.mapWith(
        forumTopics.lastPostAt,
      ),
    })
    .from(forums)
    .where(eq(forums.organizationId, orgId))
    .orderBy(asc(forums.sortOrder), asc(forums.title), asc(forums.id));
}

export async function getForum({ orgId, forumId }: { orgId: number; forumId: number }, db: Database = getDb()) {
  const [forum] = await db
    .select({ id: forums.id, title: forums.title, description: forums.description })
    .from(forums)
    .where(and(eq(forums.id, forumId), eq(forums.organizationId, orgId)));
  return forum ?? null;
}

export type TopicSummary = Awaited<ReturnType<typeof listTopics>>['topics'][number];

/** One page of a forum's topics: pinned first, then the most recently active. */
export async function listTopics({ forumId, page }: { forumId: number; page: number }, db: Database = getDb()) {
  const live = and(eq(forumTopics.forumId, forumId), isNull(forumTopics.deletedAt));
  const read = (offset: number) =>
    db
      .select({
        id: forumTopics.id,
        title: forumTopics.title,
        pinned: forumTopics.pinned,
        closed: forumTopics.closed,
        createdAt: forumTopics.createdAt,
        lastPostAt: forumTopics.lastPostAt,
        postCount: sql<number>`(select count(*)::int from ${forumPosts} p where p.topic_id = ${forumTopics}.id and p.deleted_at is null)`,
        author,
        total: totalOfAllRows(),
      })
      .from(forumTopics)
      .innerJoin(users, eq(users.id, forumTopics.authorUserId))
      .innerJoin(persons, eq(persons.id, users.personId))
      .where(live)
      .orderBy(desc(forumTopics.pinned), desc(forumTopics.lastPostAt), desc(forumTopics.id))
      .limit(limitInStatement(FORUM_TOPICS_PAGE_SIZE))
      .offset(offset);
  const countAll = () => countRows(db, forumTopics, live);
  const { items, total, page: shown } = await pageOrLast(page, FORUM_TOPICS_PAGE_SIZE, read, countAll);
  return { topics: items, total, page: shown };
}

/** A live topic of a forum of the organisation, or null. */
export async function getTopic({ orgId, forumId, topicId }: { orgId: number; forumId: number; topicId: number }, db: Database = getDb()) {
  const [topic] = await db
    .select({
      id: forumTopics.id,
      forumId: forumTopics.forumId,
      forumTitle: forums.title,
      title: forumTopics.title,
      pinned: forumTopics.pinned,
      closed: forumTopics.closed,
      authorUserId: forumTopics.authorUserId,
    })
    .from(forumTopics)
    .innerJoin(forums, eq(forums.id, forumTopics.forumId))
    .where(and(eq(forumTopics.id, topicId), eq(forumTopics.forumId, forumId), eq(forums.organizationId, orgId), isNull(forumTopics.deletedAt)));
  return topic ?? null;
}

export type PostView = Awaited<ReturnType<typeof listPosts>>['posts'][number];

/** One page of a topic's live posts, oldest first. */
export async function listPosts({ topicId, page }: { topicId: number; page: number }, db: Database = getDb()) {
  const live = and(eq(forumPosts.topicId, topicId), isNull(forumPosts.deletedAt));
  const read = (offset: number) =>
    db
      .select({
        id: forumPosts.id,
        body: forumPosts.body,
        createdAt: forumPosts.createdAt,
        editedAt: forumPosts.editedAt,
        authorUserId: forumPosts.authorUserId,
        author,
        total: totalOfAllRows(),
      })
      .from(forumPosts)
      .innerJoin(users, eq(users.id, forumPosts.authorUserId))
      .innerJoin(persons, eq(persons.id, users.personId))
      .where(live)
      .orderBy(asc(forumPosts.createdAt), asc(forumPosts.id))
      .limit(limitInStatement(FORUM_POSTS_PAGE_SIZE))
      .offset(offset);
  const countAll = () => countRows(db, forumPosts, live);
  const { items, total, page: shown } = await pageOrLast(page, FORUM_POSTS_PAGE_SIZE, read, countAll);
  return { posts: items, total, page: shown };
}

/** A live post of a topic, for its edit form, with the page of the topic it is on. */
export async function getPost({ topicId, postId }: { topicId: number; postId: number }, db: Database = getDb()) {
  const [post] = await db
    .select({
      id: forumPosts.id,
      body: forumPosts.body,
      authorUserId: forumPosts.authorUserId,
      position: sql<number>`(select count(*)::int from ${forumPosts} p where p.topic_id = ${forumPosts}.topic_id and p.deleted_at is null
        and (p.created_at, p.id) <= (${forumPosts}.created_at, ${forumPosts}.id))`,
    })
    .from(forumPosts)
    .where(and(eq(forumPosts.id, postId), eq(forumPosts.topicId, topicId), isNull(forumPosts.deletedAt)));
  if (!post) return null;
  const { position, ...rest } = post;
  return { ...rest, page: Math.max(1, Math.ceil(position / FORUM_POSTS_PAGE_SIZE)) };
}

/** The Page tab's forum block (F-2.1): the organisation's most recently active live topics. */
export async function latestTopics({ orgId, limit }: { orgId: number; limit: number }, db: Database = getDb()) {
  return db
    .select({ id: forumTopics.id, forumId: forums.id, title: forumTopics.title, forumTitle: forums.title, lastPostAt: forumTopics.lastPostAt })
    .from(forumTopics)
    .innerJoin(forums, eq(forums.id, forumTopics.forumId))
    .where(and(eq(forums.organizationId, orgId), isNull(forumTopics.deletedAt)))
    .orderBy(desc(forumTopics.lastPostAt), desc(forumTopics.id))
    .limit(limitInStatement(limit));
}
