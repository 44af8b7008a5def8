import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditEvents, defaultFunctionSettings, type FunctionSettings, forumPosts, forums, forumTopics, memberships, organizations, persons, users } from '@/db/schema';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import type { CurrentUser } from '@/lib/auth/permissions';
import { type Command, runCommand } from '@/lib/command';
import { forumCommands } from '@/lib/content/forum/commands';
import { getPost, listForums, listPosts, listTopics } from '@/lib/content/forum/queries';
import { buildIin } from '@/lib/people/iin';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
let orgId = 0;
let otherOrgId = 0;
let admin: CurrentUser;
let staff: CurrentUser;
let outsider: CurrentUser;

/** Some serials give no valid IIN check digit: take the next one that does. */
function iinFrom(serial: number) {
  for (let s = serial * 10; ; s++) {
    const iin = buildIin('1985-01-01', 'female', s);
    if (iin) return iin;
  }
}

async function makeUser(serial: number, organizationId: number, rights: { isAdmin?: boolean } = {}) {
  const [person] = await db
    .insert(persons)
    .values({ surname: `Surname${serial}`, name: `Name${serial}`, birthDate: '1985-01-01', sex: 'female', iin: iinFrom(serial) })
    .returning();
  const [user] = await db.insert(users).values({ personId: person!.id, login: `user${serial}`, passwordHash: 'x' }).returning();
  await db.insert(memberships).values({ personId: person!.id, organizationId, role: 'employee', ...rights });
  return (await loadCurrentUser(db, user!.id))!;
}

async function setForums(forumsSettings: Partial<FunctionSettings['forums']>) {
  const functions = { ...defaultFunctionSettings, forums: { ...defaultFunctionSettings.forums, ...forumsSettings } };
  await db.update(organizations).set({ functions }).where(eq(organizations.id, orgId));
}

/** A forum write as its server action runs it: the rule of `can` on the organisation, then the work. */
const attempt = <S extends z.ZodType, T>(cmd: Command<S, T>, user: CurrentUser, input: Record<string, unknown>) => runCommand(db, cmd, user, input);
/** The same, for a write that must succeed: its result. */
async function done<S extends z.ZodType, T>(cmd: Command<S, T>, user: CurrentUser, input: Record<string, unknown>): Promise<T> {
  const result = await attempt(cmd, user, input);
  if (!result.ok) throw new Error(`refused: ${result.messageKey}`);
  return result.data;
}
const { createForum, deleteForum, createTopic, setTopicPinned, setTopicClosed, deleteTopic, createPost, updatePost, deletePost } = forumCommands;

const countOf = async (table: typeof forumTopics | typeof forumPosts | typeof forums) => (await db.select({ n: count() }).from(table))[0]!.n;

beforeAll(async () => {
  const [org, other] = await db
    .insert(organizations)
    .values([
      { kind: 'authority', fullName: 'Authority', shortName: 'A' },
      { kind: 'institution', fullName: 'School', shortName: 'S' },
    ])
    .returning();
  orgId = org!.id;
  otherOrgId = other!.id;
  admin = await makeUser(101, orgId, { isAdmin: true });
  staff = await makeUser(102, orgId);
  outsider = await makeUser(103, otherOrgId);
});

describe('forums and topics', () => {
  it('lets a moderator create a forum and records who did it', async () => {
    const { forumId } = await done(createForum, admin, { orgId, title: 'Events', description: '' });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'forum.create'), eq(auditEvents.entityId, String(forumId))));
    expect(event).toMatchObject({ actorUserId: admin.id, organizationId: orgId, changes: { title: { from: null, to: 'Events' } } });
  });

  it('refuses a forum from a staff member without moderator rights and writes nothing', async () => {
    const before = await countOf(forums);
    expect(await attempt(createForum, staff, { orgId, title: 'Mine', description: '' })).toMatchObject({ ok: false, messageKey: 'ForumAccess.error_moderators_only' });
    expect(await countOf(forums)).toBe(before);
  });

  it('opens a topic with its first post for any participant by default', async () => {
    const { forumId } = await done(createForum, admin, { orgId, title: 'General', description: '' });
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'Hello', body: '<script>alert(1)</script> stays text' });
    const { posts } = await listPosts({ topicId, page: 1 }, db);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ authorUserId: staff.id, body: '<script>alert(1)</script> stays text' });
  });

  it('refuses topic creation by a non-moderator when topics are left to moderators, and writes nothing', async () => {
    const { forumId } = await done(createForum, admin, { orgId, title: 'Announcements', description: '' });
    await setForums({ topicsOpenedBy: 'moderators' });
    try {
      const [topicsBefore, postsBefore] = [await countOf(forumTopics), await countOf(forumPosts)];
      expect(await attempt(createTopic, staff, { orgId, forumId, title: 'Mine', body: 'text' })).toMatchObject({ ok: false, messageKey: 'ForumAccess.error_moderators_only' });
      expect([await countOf(forumTopics), await countOf(forumPosts)]).toEqual([topicsBefore, postsBefore]);
      expect(await done(createTopic, admin, { orgId, forumId, title: 'Official', body: 'text' })).toMatchObject({ forumId });
    } finally {
      await setForums({});
    }
  });

  it('refuses an over-long title or post through the action and writes nothing', async () => {
    const { forumId } = await done(createForum, admin, { orgId, title: 'Limits', description: '' });
    const before = [await countOf(forumTopics), await countOf(forumPosts)];
    const open = (title: string, body: string) => attempt(createTopic, staff, { orgId: String(orgId), forumId: String(forumId), title, body });
    expect(await open('x'.repeat(201), 'body')).toMatchObject({ ok: false, fieldErrors: { title: ['Forum.title_too_long'] } });
    expect(await open('   ', 'body')).toMatchObject({ ok: false, fieldErrors: { title: ['required'] } });
    expect(await open('Fine', 'y'.repeat(10_001))).toMatchObject({ ok: false, fieldErrors: { body: ['Forum.post_too_long'] } });
    expect([await countOf(forumTopics), await countOf(forumPosts)]).toEqual(before);
    expect(await open('x'.repeat(200), 'y'.repeat(10_000))).toMatchObject({ ok: true });
  });

  it('hides members-only forums from outsiders, also from their posts', async () => {
    const { forumId } = await done(createForum, admin, { orgId, title: 'Internal', description: '' });
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'Internal topic', body: 'text' });
    await setForums({ visibleTo: 'members' });
    try {
      expect(await attempt(createPost, outsider, { orgId, topicId, body: 'hi' })).toMatchObject({ ok: false, messageKey: 'ForumAccess.error_members_only' });
    } finally {
      await setForums({});
    }
    expect(await done(createPost, outsider, { orgId, topicId, body: 'hi' })).toMatchObject({ topicId });
  });

  it('lists pinned topics first, then the most recently active, 20 a page', async () => {
    const { forumId } = await done(createForum, admin, { orgId, title: 'Busy', description: '' });
    expect(await listTopics({ forumId, page: 3 }, db)).toEqual({ topics: [], total: 0, page: 1 });
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) ids.push((await done(createTopic, staff, { orgId, forumId, title: `Topic ${i}`, body: 'text' })).topicId);
    await done(setTopicPinned, admin, { orgId, topicId: ids[0]!, value: 'true' });
    const first = await listTopics({ forumId, page: 1 }, db);
    expect(first.total).toBe(23);
    expect(first.topics).toHaveLength(20);
    expect(first.topics[0]).toMatchObject({ id: ids[0], pinned: true });
    expect(first.topics[1]!.id).toBe(ids[22]);
    const second = await listTopics({ forumId, page: 2 }, db);
    expect(second.topics.map((t) => t.id)).toEqual([ids[3], ids[2], ids[1]]);
    const pastTheEnd = await listTopics({ forumId, page: 99 }, db);
    expect(pastTheEnd).toMatchObject({ total: 23, page: 2 });
    expect(pastTheEnd.topics.map((t) => t.id)).toEqual([ids[3], ids[2], ids[1]]);
  });

  it('counts live topics and posts per forum, with the time of the last post', async () => {
    const { forumId } = await done(createForum, admin, { orgId, title: 'Counted', description: 'd' });
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'One', body: 'a' });
    await done(createPost, staff, { orgId, topicId, body: 'b' });
    const { topicId: gone } = await done(createTopic, staff, { orgId, forumId, title: 'Two', body: 'c' });
    await done(deleteTopic, admin, { orgId, topicId: gone });
    const counted = (await listForums({ orgId }, db)).find((f) => f.id === forumId);
    expect(counted).toMatchObject({ title: 'Counted', topicCount: 1, postCount: 2 });
    expect(counted!.lastPostAt).toBeInstanceOf(Date);
    expect(await listForums({ orgId: otherOrgId }, db)).toEqual([]);
  });

  it('deletes a forum only when it has no live topics; deleted topics go with it', async () => {
    const { forumId } = await done(createForum, admin, { orgId, title: 'Temporary', description: '' });
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'Soon gone', body: 'text' });
    expect(await attempt(deleteForum, admin, { orgId, forumId })).toMatchObject({ ok: false, messageKey: 'Forum.error_forum_not_empty' });
    await done(deleteTopic, admin, { orgId, topicId });
    const [kept] = await db.select().from(forumTopics).where(eq(forumTopics.id, topicId));
    expect(kept!.deletedAt).not.toBeNull();
    await done(deleteForum, admin, { orgId, forumId });
    expect(await db.select().from(forums).where(eq(forums.id, forumId))).toEqual([]);
  });
});

describe('posts', () => {
  let forumId = 0;
  beforeAll(async () => {
    forumId = (await done(createForum, admin, { orgId, title: 'Posts', description: '' })).forumId;
  });

  it('refuses a post to a closed topic with a clear message and adds nothing', async () => {
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'Closing', body: 'first' });
    await done(createPost, staff, { orgId, topicId, body: 'second' });
    await done(setTopicClosed, admin, { orgId, topicId, value: 'true' });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'forum.topic.close'), eq(auditEvents.entityId, String(topicId))));
    expect(event!.changes).toEqual({ closed: { from: false, to: true } });
    for (const user of [staff, admin]) {
      expect(await attempt(createPost, user, { orgId, topicId, body: 'too late' })).toMatchObject({ ok: false, messageKey: 'ForumAccess.error_topic_closed' });
    }
    expect((await listPosts({ topicId, page: 1 }, db)).total).toBe(2);
    await done(setTopicClosed, admin, { orgId, topicId, value: 'false' });
    expect(await done(createPost, staff, { orgId, topicId, body: 'reopened' })).toMatchObject({ topicId });
  });

  it('lets the author edit their post, marks it edited, and refuses everyone else', async () => {
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'Editing', body: 'original' });
    const [post] = (await listPosts({ topicId, page: 1 }, db)).posts;
    expect(await attempt(updatePost, admin, { orgId, postId: post!.id, body: 'moderator rewrite' })).toMatchObject({ ok: false, messageKey: 'ForumAccess.error_not_author' });
    expect(await attempt(updatePost, outsider, { orgId, postId: post!.id, body: 'outsider rewrite' })).toMatchObject({ ok: false, messageKey: 'ForumAccess.error_not_author' });
    const [unchanged] = await db.select().from(forumPosts).where(eq(forumPosts.id, post!.id));
    expect(unchanged).toMatchObject({ body: 'original', editedAt: null });
    await done(updatePost, staff, { orgId, postId: post!.id, body: 'corrected' });
    const [edited] = await db.select().from(forumPosts).where(eq(forumPosts.id, post!.id));
    expect(edited!.body).toBe('corrected');
    expect(edited!.editedAt).not.toBeNull();
  });

  it('lets moderators delete a post (kept, hidden) and nobody else', async () => {
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'Deleting', body: 'first' });
    const { postId } = await done(createPost, staff, { orgId, topicId, body: 'remove me' });
    expect(await attempt(deletePost, staff, { orgId, postId })).toMatchObject({ ok: false, messageKey: 'ForumAccess.error_moderators_only' });
    await done(deletePost, admin, { orgId, postId });
    expect((await listPosts({ topicId, page: 1 }, db)).posts.map((p) => p.body)).toEqual(['first']);
    const [row] = await db.select().from(forumPosts).where(eq(forumPosts.id, postId));
    expect(row!.deletedAt).not.toBeNull();
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'forum.post.delete'), eq(auditEvents.entityId, String(postId))));
    expect(events).toHaveLength(1);
  });

  it('answers the page a new post lands on, oldest first, 10 posts a page', async () => {
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'Long', body: 'post 1' });
    const landed: number[] = [];
    let last = { page: 0, postId: 0 };
    for (let i = 2; i <= 21; i++) {
      last = await done(createPost, staff, { orgId, topicId, body: `post ${i}` });
      landed.push(last.page);
    }
    expect(landed).toEqual([...Array(9).fill(1), ...Array(10).fill(2), 3]);
    expect(await getPost({ topicId, postId: last.postId }, db)).toMatchObject({ body: 'post 21', authorUserId: staff.id, page: 3 });
    const [firstPost] = (await listPosts({ topicId, page: 1 }, db)).posts;
    expect(await getPost({ topicId, postId: firstPost!.id }, db)).toMatchObject({ body: 'post 1', page: 1 });
    const second = await listPosts({ topicId, page: 2 }, db);
    expect(second.posts.map((p) => p.body)).toEqual(Array.from({ length: 10 }, (_, i) => `post ${i + 11}`));
    const pastTheEnd = await listPosts({ topicId, page: 7 }, db);
    expect(pastTheEnd).toMatchObject({ total: 21, page: 3 });
    expect(pastTheEnd.posts.map((p) => p.body)).toEqual(['post 21']);
  });

  it('treats a topic of another organisation as missing', async () => {
    const { topicId } = await done(createTopic, staff, { orgId, forumId, title: 'Ours', body: 'text' });
    expect(await attempt(createPost, outsider, { orgId: otherOrgId, topicId, body: 'sneaky' })).toMatchObject({ ok: false, messageKey: 'Forum.error_not_found' });
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from forum_posts where body = 'sneaky'`)) as unknown as [{ n: number }];
    expect(n).toBe(0);
  });
});
