import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, documentFolders, documents, interactivePages, news, organizations, wallPosts } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { listNewestDocuments } from '@/lib/content/documents/newest';
import { findNews, listNews, newsCommands } from '@/lib/content/news';
import { findPage, listPages, pageCommands } from '@/lib/content/pages';
import { listWallPosts, wallCommands } from '@/lib/content/wall';
import { addOrganization, addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();

let orgId = 0;
let otherOrgId = 0;
let editor: CurrentUser;
let staff: CurrentUser;
let admin: CurrentUser;
let parent: CurrentUser;
let outsider: CurrentUser;
let former: CurrentUser;

beforeAll(async () => {
  orgId = await addOrganization(db, { name: 'Authority' });
  otherOrgId = await addOrganization(db, { name: 'Other authority' });
  editor = await currentUser(db, (await addPerson(db, { surname: 'Редакторова', name: 'Айгүл', orgId, rights: { isEditor: true } })).userId);
  staff = await currentUser(db, (await addPerson(db, { surname: 'Қызметкерова', name: 'Дана', orgId })).userId);
  admin = await currentUser(db, (await addPerson(db, { surname: 'Әкімшіова', name: 'Сая', orgId, rights: { isAdmin: true } })).userId);
  parent = await currentUser(db, (await addPerson(db, { surname: 'Атаанова', name: 'Гүл', orgId, role: 'parent' })).userId);
  outsider = await currentUser(db, (await addPerson(db, { surname: 'Бөтенов', name: 'Арман', orgId: otherOrgId, rights: { isAdmin: true, isModerator: true } })).userId);
  former = await currentUser(db, (await addPerson(db, { surname: 'Бұрынғы', name: 'Ерлан', orgId, archived: true })).userId);
});

async function auditOf(action: string) {
  return db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.organizationId, orgId)));
}

describe('news', () => {
  it('lets an editor publish news, written with its audit event', async () => {
    const result = await runCommand(db, newsCommands.create, editor, { orgId: String(orgId), title: '  Жаңа оқу жылы  ', body: 'Мектептер дайын.' });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : 0;
    expect(await findNews(db, { orgId, newsId: id })).toMatchObject({ title: 'Жаңа оқу жылы', body: 'Мектептер дайын.' });
    const [event] = await auditOf('news.create');
    expect(event).toMatchObject({ actorUserId: editor.id, entity: 'news', entityId: String(id), changes: { title: { from: null, to: 'Жаңа оқу жылы' } } });
  });

  it('refuses staff without the editor right, and nothing is written', async () => {
    const before = await db.$count(news);
    const result = await runCommand(db, newsCommands.create, staff, { orgId: String(orgId), title: 'T', body: 'B' });
    expect(result).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await db.$count(news)).toBe(before);
  });

  it('refuses an editor of another organisation', async () => {
    const result = await runCommand(db, newsCommands.create, outsider, { orgId: String(orgId), title: 'T', body: 'B' });
    expect(result).toEqual({ ok: false, messageKey: 'forbidden' });
  });

  it('refuses an empty or over-long title and an over-long text beside their fields, and nothing is written', async () => {
    const before = await db.$count(news);
    const audits = await db.$count(auditEvents);
    const result = await runCommand(db, newsCommands.create, editor, { orgId: String(orgId), title: 'x'.repeat(201), body: 'y'.repeat(20_001) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: ['too_long'], body: ['too_long'] } });
    const empty = await runCommand(db, newsCommands.create, editor, { orgId: String(orgId), title: '   ', body: '' });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { title: ['required'], body: ['required'] } });
    expect(await db.$count(news)).toBe(before);
    expect(await db.$count(auditEvents)).toBe(audits);
  });

  it('keeps HTML in news as the text typed', async () => {
    const result = await runCommand(db, newsCommands.create, editor, { orgId: String(orgId), title: '<b>bold</b>', body: '<script>alert(1)</script>' });
    const id = result.ok ? result.data.id : 0;
    expect(await findNews(db, { orgId, newsId: id })).toMatchObject({ title: '<b>bold</b>', body: '<script>alert(1)</script>' });
  });

  it('lists newest first, a page at a time, with the total', async () => {
    const [third] = await db.insert(news).values({ organizationId: orgId, title: 'Latest', body: 'b', publishedAt: new Date(Date.now() + 60_000) }).returning();
    const first = await listNews(db, { orgId, limit: 2 });
    expect(first.items[0]!.id).toBe(third!.id);
    expect(first.items).toHaveLength(2);
    const total = first.total;
    const rest = await listNews(db, { orgId, limit: 2, offset: 2 });
    expect(rest.items).toHaveLength(total - 2);
    expect(rest.total).toBe(total);
    expect(first.items[0]).not.toHaveProperty('total');
    // A page past the last one still knows the total.
    expect(await listNews(db, { orgId, limit: 2, offset: 100 })).toEqual({ items: [], total });
    expect((await listNews(db, { orgId: otherOrgId, limit: 10 })).total).toBe(0);
  });

  it('edits news and records only what changed', async () => {
    const { items } = await listNews(db, { orgId, limit: 1 });
    const id = items[0]!.id;
    const result = await runCommand(db, newsCommands.update, editor, { orgId: String(orgId), newsId: String(id), title: 'Renamed', body: 'b' });
    expect(result.ok).toBe(true);
    expect(await findNews(db, { orgId, newsId: id })).toMatchObject({ title: 'Renamed' });
    const [event] = await auditOf('news.update');
    expect(event!.changes).toEqual({ title: { from: 'Latest', to: 'Renamed' } });
  });

  it('refuses to edit or delete news of another organisation through this one', async () => {
    const [foreign] = await db.insert(news).values({ organizationId: otherOrgId, title: 'Foreign', body: 'b' }).returning();
    const edit = await runCommand(db, newsCommands.update, editor, { orgId: String(orgId), newsId: String(foreign!.id), title: 'Mine', body: 'b' });
    expect(edit).toMatchObject({ ok: false, messageKey: 'News.not_found' });
    const removal = await runCommand(db, newsCommands.delete, editor, { orgId: String(orgId), newsId: String(foreign!.id) });
    expect(removal).toMatchObject({ ok: false, messageKey: 'News.not_found' });
    expect(await findNews(db, { orgId: otherOrgId, newsId: foreign!.id })).toMatchObject({ title: 'Foreign' });
  });

  it('deletes news with an audit event that keeps what was deleted', async () => {
    const { items } = await listNews(db, { orgId, limit: 1 });
    const id = items[0]!.id;
    expect((await runCommand(db, newsCommands.delete, staff, { orgId: String(orgId), newsId: String(id) })).ok).toBe(false);
    expect((await runCommand(db, newsCommands.delete, editor, { orgId: String(orgId), newsId: String(id) })).ok).toBe(true);
    expect(await findNews(db, { orgId, newsId: id })).toBeNull();
    const [event] = await auditOf('news.delete');
    expect(event!.changes).toMatchObject({ title: { from: 'Renamed', to: null } });
  });
});

describe('message wall', () => {
  it('lets any member post, a parent too', async () => {
    for (const member of [staff, parent]) {
      const result = await runCommand(db, wallCommands.post, member, { orgId: String(orgId), body: `Hello from ${member.fullName}` });
      expect(result.ok).toBe(true);
    }
    const { items, total } = await listWallPosts(db, { orgId, limit: 10 });
    expect(total).toBe(2);
    expect(await listWallPosts(db, { orgId, limit: 10, offset: 10 })).toEqual({ items: [], total: 2 });
    expect((await listWallPosts(db, { orgId, limit: 1, offset: 1 })).total).toBe(2);
    expect(items[0]!.author).toMatchObject({ surname: 'Атаанова', userId: parent.id });
    expect(await auditOf('wall.post')).toHaveLength(2);
  });

  it('refuses a post by a non-member, and by a member whose membership was archived after sign-in', async () => {
    const before = await db.$count(wallPosts);
    expect(await runCommand(db, wallCommands.post, outsider, { orgId: String(orgId), body: 'Hi' })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, wallCommands.post, former, { orgId: String(orgId), body: 'Hi' })).toEqual({ ok: false, messageKey: 'forbidden' });
    // A session that still lists the membership: the database says no.
    const stale: CurrentUser = { ...former, memberships: [{ organizationId: orgId, organizationKind: 'authority', role: 'employee', isAdmin: false, isModerator: false, isEditor: false }] };
    expect(await runCommand(db, wallCommands.post, stale, { orgId: String(orgId), body: 'Hi' })).toMatchObject({ ok: false, messageKey: 'Wall.not_member' });
    expect(await db.$count(wallPosts)).toBe(before);
  });

  it('refuses an empty or over-long post', async () => {
    expect(await runCommand(db, wallCommands.post, staff, { orgId: String(orgId), body: '  ' })).toMatchObject({ ok: false, fieldErrors: { body: ['required'] } });
    expect(await runCommand(db, wallCommands.post, staff, { orgId: String(orgId), body: 'я'.repeat(2_001) })).toMatchObject({ ok: false, fieldErrors: { body: ['too_long'] } });
  });

  it('lets a moderator remove a post, which then disappears but stays in the database', async () => {
    const { items } = await listWallPosts(db, { orgId, limit: 10 });
    const postId = items[0]!.id;
    expect(await runCommand(db, wallCommands.remove, staff, { orgId: String(orgId), postId: String(postId) })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await runCommand(db, wallCommands.remove, outsider, { orgId: String(orgId), postId: String(postId) })).toEqual({ ok: false, messageKey: 'forbidden' });
    expect((await runCommand(db, wallCommands.remove, admin, { orgId: String(orgId), postId: String(postId) })).ok).toBe(true);
    const after = await listWallPosts(db, { orgId, limit: 10 });
    expect(after.items.map((p) => p.id)).not.toContain(postId);
    expect(after.total).toBe(1);
    const [row] = await db.select().from(wallPosts).where(eq(wallPosts.id, postId));
    expect(row).toMatchObject({ removedByUserId: admin.id });
    expect(row!.removedAt).not.toBeNull();
    expect(await runCommand(db, wallCommands.remove, admin, { orgId: String(orgId), postId: String(postId) })).toMatchObject({ ok: false, messageKey: 'Wall.not_found' });
    expect(await auditOf('wall.remove')).toHaveLength(1);
  });
});

describe('interactive pages', () => {
  it('lets an admin create a page whose HTML is sanitised before it is stored', async () => {
    const body = '<h2>Қабылдау</h2><p onclick="alert(1)">Text<img src=x onerror="alert(1)"></p><script>alert(1)</script><a href="javascript:alert(1)">x</a>';
    const result = await runCommand(db, pageCommands.create, admin, { orgId: String(orgId), title: 'Ереже', body });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : 0;
    const [stored] = await db.select().from(interactivePages).where(eq(interactivePages.id, id));
    expect(stored!.bodyHtml).toBe('<h2>Қабылдау</h2><p>Text</p><a>x</a>');
    const [event] = await auditOf('page.create');
    expect(event!.changes).toMatchObject({ bodyHtml: { from: null, to: stored!.bodyHtml } });
  });

  it('refuses editors and staff: only admins write pages', async () => {
    for (const user of [editor, staff]) {
      expect(await runCommand(db, pageCommands.create, user, { orgId: String(orgId), title: 'T', body: '<p>x</p>' })).toEqual({ ok: false, messageKey: 'forbidden' });
    }
  });

  it('refuses any write while the Pages function is off, and keeps the pages', async () => {
    const [org] = await db.select({ functions: organizations.functions }).from(organizations).where(eq(organizations.id, orgId));
    await db.update(organizations).set({ functions: { ...org!.functions, pages: { enabled: false } } }).where(eq(organizations.id, orgId));
    const result = await runCommand(db, pageCommands.create, admin, { orgId: String(orgId), title: 'T', body: 'x' });
    expect(result).toMatchObject({ ok: false, messageKey: 'Common.function_off' });
    expect(await listPages(db, { orgId })).toHaveLength(1);
    await db.update(organizations).set({ functions: org!.functions }).where(eq(organizations.id, orgId));
  });

  it('edits and deletes a page with audit events', async () => {
    const [page] = await listPages(db, { orgId });
    const update = await runCommand(db, pageCommands.update, admin, { orgId: String(orgId), pageId: String(page!.id), title: 'Ереже', body: 'Line one\nline 3 < 5' });
    expect(update.ok).toBe(true);
    expect((await findPage(db, { orgId, pageId: page!.id }))!.bodyHtml).toBe('<p>Line one<br />line 3 &lt; 5</p>');
    expect((await auditOf('page.update'))[0]!.changes).toHaveProperty('bodyHtml');
    const removal = await runCommand(db, pageCommands.delete, admin, { orgId: String(orgId), pageId: String(page!.id) });
    expect(removal.ok).toBe(true);
    expect(await listPages(db, { orgId })).toEqual([]);
    expect(await auditOf('page.delete')).toHaveLength(1);
  });

  it('sanitises again on reading, whatever was stored', async () => {
    const [row] = await db.insert(interactivePages).values({ organizationId: orgId, title: 'Old', bodyHtml: '<p>ok</p><script>alert(1)</script>' }).returning();
    expect((await findPage(db, { orgId, pageId: row!.id }))!.bodyHtml).toBe('<p>ok</p>');
    expect(await findPage(db, { orgId: otherOrgId, pageId: row!.id })).toBeNull();
  });
});

describe('newest documents', () => {
  it('lists the five newest documents, leaving out the bin and folders in it', async () => {
    expect(await listNewestDocuments(db, { orgId })).toEqual([]);
    const [binned] = await db.insert(documentFolders).values({ organizationId: orgId, name: 'Old', deletedAt: new Date() }).returning();
    const [inside] = await db.insert(documentFolders).values({ organizationId: orgId, name: 'Inside', parentId: binned!.id }).returning();
    const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 9, minutes));
    const doc = (name: string, minutes: number, extra: Partial<typeof documents.$inferInsert> = {}) => ({
      organizationId: orgId,
      name,
      storageKey: name,
      mimeType: 'application/pdf',
      sizeBytes: 10,
      createdAt: at(minutes),
      ...extra,
    });
    await db.insert(documents).values([
      ...[1, 2, 3, 4, 5, 6].map((n) => doc(`doc-${n}.pdf`, n)),
      doc('deleted.pdf', 30, { deletedAt: new Date() }),
      doc('in-bin.pdf', 31, { folderId: binned!.id }),
      doc('deep-in-bin.pdf', 32, { folderId: inside!.id }),
      doc('private.pdf', 33, { isPublic: false }),
      { ...doc('other-org.pdf', 34), organizationId: otherOrgId },
    ]);
    const newest = await listNewestDocuments(db, { orgId });
    expect(newest.map((d) => d.name)).toEqual(['private.pdf', 'doc-6.pdf', 'doc-5.pdf', 'doc-4.pdf', 'doc-3.pdf']);
    const publicOnly = await listNewestDocuments(db, { orgId, publicOnly: true });
    expect(publicOnly.map((d) => d.name)).toEqual(['doc-6.pdf', 'doc-5.pdf', 'doc-4.pdf', 'doc-3.pdf', 'doc-2.pdf']);
  });
});
