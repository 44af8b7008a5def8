import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentFolders, forumPosts, forums, forumTopics } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { addOrganization, addPerson, currentUser, formDataOf } from './org-fixture';
import { testDatabaseAsApp } from './test-database';

/**
 * The Documents and Forum tabs' server actions at their boundary: the exports users call, run by
 * the one runner on this file's database — what they write, the public site's tags they expire,
 * and what they refuse (another organisation's admin; bad input) with nothing written.
 */
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: async () => signedIn.user }));
const expired = vi.hoisted(() => ({ invalidateOrg: vi.fn(), refresh: vi.fn() }));
vi.mock('@/lib/cache', () => ({ invalidateOrg: expired.invalidateOrg, invalidateOrgFromRoute: vi.fn() }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));
// Outside a request Next has no page to re-render: watch the call instead.
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<object>()), refresh: expired.refresh }));

const { db } = await testDatabaseAsApp();
const documents = await import('@/lib/content/documents/actions');
const forum = await import('@/lib/content/forum/actions');

let orgId = 0;
let admin: CurrentUser;
let otherAdmin: CurrentUser;

const as = (user: CurrentUser | null) => {
  signedIn.user = user;
};
const folderNames = async () => (await db.select({ name: documentFolders.name }).from(documentFolders).where(eq(documentFolders.organizationId, orgId))).map((f) => f.name).sort();

beforeAll(async () => {
  orgId = await addOrganization(db, { name: 'School' });
  const otherOrgId = await addOrganization(db, { name: 'Other school' });
  admin = await currentUser(db, (await addPerson(db, { surname: 'Admin', name: 'A', orgId, rights: { isAdmin: true } })).userId);
  otherAdmin = await currentUser(db, (await addPerson(db, { surname: 'Other', name: 'O', orgId: otherOrgId, rights: { isAdmin: true } })).userId);
});

beforeEach(() => {
  expired.invalidateOrg.mockClear();
  expired.refresh.mockClear();
});

describe('Documents actions', () => {
  it('create, rename, delete and restore a folder, expiring the public Documents page each time', async () => {
    as(admin);
    const o = String(orgId);
    const created = await documents.createFolder(null, formDataOf({ orgId: o, parentId: '', name: 'Orders' }));
    expect(created).toMatchObject({ ok: true });
    const folderId = String((created as { data: { id: number } }).data.id);
    expect(await documents.renameFolder(null, formDataOf({ orgId: o, folderId, name: 'Orders 2026' }))).toMatchObject({ ok: true });
    expect(await folderNames()).toEqual(['Orders 2026']);
    expect(await documents.deleteFolder(null, formDataOf({ orgId: o, folderId }))).toMatchObject({ ok: true });
    const [deleted] = await db.select({ deletedAt: documentFolders.deletedAt }).from(documentFolders).where(eq(documentFolders.id, Number(folderId)));
    expect(deleted!.deletedAt).not.toBeNull();
    expect(await documents.restoreFolder(null, formDataOf({ orgId: o, folderId }))).toMatchObject({ ok: true });
    const [restored] = await db.select({ deletedAt: documentFolders.deletedAt }).from(documentFolders).where(eq(documentFolders.id, Number(folderId)));
    expect(restored!.deletedAt).toBeNull();
    expect(expired.invalidateOrg.mock.calls).toEqual(Array.from({ length: 4 }, () => [orgId, 'documents']));
    expect(expired.refresh).toHaveBeenCalledTimes(4);
  });

  it("refuses another organisation's admin: nothing written, nothing expired", async () => {
    const before = await folderNames();
    const [folder] = await db.select({ id: documentFolders.id }).from(documentFolders).where(eq(documentFolders.organizationId, orgId));
    as(otherAdmin);
    const o = String(orgId);
    expect(await documents.createFolder(null, formDataOf({ orgId: o, parentId: '', name: 'Theirs' }))).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await documents.renameFolder(null, formDataOf({ orgId: o, folderId: String(folder!.id), name: 'Renamed' }))).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await documents.deleteFolder(null, formDataOf({ orgId: o, folderId: String(folder!.id) }))).toEqual({ ok: false, messageKey: 'forbidden' });
    as(null);
    expect(await documents.createFolder(null, formDataOf({ orgId: o, parentId: '', name: 'Anon' }))).toEqual({ ok: false, messageKey: 'unauthenticated' });
    expect(await folderNames()).toEqual(before);
    expect(expired.invalidateOrg).not.toHaveBeenCalled();
  });

  it('answers bad input beside its field: nothing written, nothing expired', async () => {
    const before = await folderNames();
    as(admin);
    const o = String(orgId);
    expect(await documents.createFolder(null, formDataOf({ orgId: o, parentId: '', name: '   ' }))).toMatchObject({ ok: false, messageKey: 'invalid', fieldErrors: { name: ['required'] } });
    expect(await documents.createFolder(null, formDataOf({ orgId: o, parentId: '', name: 'x'.repeat(1000) }))).toMatchObject({ ok: false, messageKey: 'invalid', fieldErrors: { name: ['too_long'] } });
    expect(await documents.createFolder(null, formDataOf({ orgId: o, parentId: 'abc', name: 'Orders' }))).toMatchObject({ ok: false, messageKey: 'invalid', fieldErrors: { parentId: ['invalid'] } });
    expect(await folderNames()).toEqual(before);
    expect(expired.invalidateOrg).not.toHaveBeenCalled();
  });
});

describe('Forum actions', () => {
  let forumId = 0;
  let topicId = 0;
  let postId = 0;

  it('create a forum, a topic and a post, expiring the public forum pages each time', async () => {
    as(admin);
    const o = String(orgId);
    const created = await forum.createForumAction(null, formDataOf({ orgId: o, title: 'Parents', description: '' }));
    expect(created).toMatchObject({ ok: true });
    forumId = (created as { data: { forumId: number } }).data.forumId;
    const topic = await forum.createTopicAction(null, formDataOf({ orgId: o, forumId: String(forumId), title: 'Timetable', body: 'When do lessons start?' }));
    expect(topic).toMatchObject({ ok: true, data: { forumId } });
    topicId = (topic as { data: { topicId: number } }).data.topicId;
    const post = await forum.createPostAction(null, formDataOf({ orgId: o, topicId: String(topicId), body: 'At 8:30.' }));
    expect(post).toMatchObject({ ok: true, data: { topicId, forumId } });
    postId = (post as { data: { postId: number } }).data.postId;
    expect(await db.$count(forumPosts, eq(forumPosts.topicId, topicId))).toBe(2);
    expect(expired.invalidateOrg.mock.calls).toEqual(Array.from({ length: 3 }, () => [orgId, 'forum']));
  });

  it("refuses another organisation's admin: nothing written, nothing expired", async () => {
    as(otherAdmin);
    const o = String(orgId);
    // Each refused by the forum's rule of `can` with its own words; none is a server error.
    const refusals = [
      await forum.createForumAction(null, formDataOf({ orgId: o, title: 'Theirs', description: '' })),
      await forum.deleteForumAction(null, formDataOf({ orgId: o, forumId: String(forumId) })),
      await forum.setTopicClosedAction(null, formDataOf({ orgId: o, topicId: String(topicId), value: 'true' })),
      await forum.deletePostAction(null, formDataOf({ orgId: o, postId: String(postId) })),
    ];
    expect(refusals.map((r) => (r.ok ? 'done' : r.messageKey))).toEqual(Array.from({ length: 4 }, () => 'ForumAccess.error_moderators_only'));
    expect(await db.$count(forums, eq(forums.organizationId, orgId))).toBe(1);
    const [topic] = await db.select({ closed: forumTopics.closed }).from(forumTopics).where(eq(forumTopics.id, topicId));
    expect(topic!.closed).toBe(false);
    const [post] = await db.select({ deletedAt: forumPosts.deletedAt }).from(forumPosts).where(eq(forumPosts.id, postId));
    expect(post!.deletedAt).toBeNull();
    expect(expired.invalidateOrg).not.toHaveBeenCalled();
  });

  it('answers bad input beside its field: nothing written, nothing expired', async () => {
    as(admin);
    const o = String(orgId);
    const topics = await db.$count(forumTopics);
    const posts = await db.$count(forumPosts);
    expect(await forum.createTopicAction(null, formDataOf({ orgId: o, forumId: String(forumId), title: '', body: 'text' }))).toMatchObject({
      ok: false,
      messageKey: 'invalid',
      fieldErrors: { title: ['required'] },
    });
    expect(await forum.createPostAction(null, formDataOf({ orgId: o, topicId: String(topicId), body: 'x'.repeat(10_001) }))).toMatchObject({
      ok: false,
      messageKey: 'invalid',
      fieldErrors: { body: ['Forum.post_too_long'] },
    });
    expect(await forum.createPostAction(null, formDataOf({ orgId: o, topicId: 'first', body: 'text' }))).toMatchObject({ ok: false, messageKey: 'invalid', fieldErrors: { topicId: ['invalid'] } });
    expect(await db.$count(forumTopics)).toBe(topics);
    expect(await db.$count(forumPosts)).toBe(posts);
    expect(expired.invalidateOrg).not.toHaveBeenCalled();
  });
});
