import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { documentFolders, feedbackApplications, forums, forumTopics, interactivePages, organizations, structuralUnits } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { type Command, runCommand, visitorCommand } from '@/lib/command';
import { documentCommands } from '@/lib/content/documents/commands';
import { forumCommands } from '@/lib/content/forum/commands';
import { pageCommands } from '@/lib/content/pages';
import { applicationSchema } from '@/lib/feedback/schemas';
import { unitCommands } from '@/lib/organizations/structure/commands';
import { addOrganization, addPerson, changeFunctions, currentUser, formDataOf } from './org-fixture';
import { testDatabaseAsApp } from './test-database';

/**
 * The checks that used to live inside the writes (forum visibility, the documents upload setting,
 * e-applications open, function switches) are rules of `can` now: the runner refuses before any
 * of the work runs, and the server actions users call answer the same refusal with nothing written.
 */
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: async () => signedIn.user }));
vi.mock('@/lib/cache', () => ({ invalidateOrg: vi.fn(), invalidateOrgFromRoute: vi.fn() }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

// The actions use the app's pool (getDb): this file's database.
const { db } = await testDatabaseAsApp();
const forumActions = await import('@/lib/content/forum/actions');
const documentActions = await import('@/lib/content/documents/actions');

let orgId = 0;
let admin: CurrentUser;
let staff: CurrentUser;
let outsider: CurrentUser;
let forumId = 0;

/** Runs the command as its server action does, its work watched: the answer and whether the work ran. */
async function attempt<S extends z.ZodType, T>(cmd: Command<S, T>, user: CurrentUser, raw: Record<string, string>) {
  const run = vi.fn(cmd.run);
  const result = await runCommand(db, { ...cmd, run }, user, formDataOf(raw));
  return { result, workRan: run.mock.calls.length > 0 };
}

beforeAll(async () => {
  orgId = await addOrganization(db, { name: 'Authority' });
  const otherOrgId = await addOrganization(db, { name: 'Other' });
  admin = await currentUser(db, (await addPerson(db, { surname: 'Admin', name: 'A', orgId, rights: { isAdmin: true } })).userId);
  staff = await currentUser(db, (await addPerson(db, { surname: 'Staff', name: 'S', orgId })).userId);
  outsider = await currentUser(db, (await addPerson(db, { surname: 'Outsider', name: 'O', orgId: otherOrgId })).userId);
  const created = await runCommand(db, forumCommands.createForum, admin, { orgId, title: 'Internal', description: '' });
  if (!created.ok) throw new Error(created.messageKey);
  forumId = created.data.forumId;
});

describe('refused by the runner, before the work', () => {
  it('a topic in a forum the user cannot see (members only)', async () => {
    await changeFunctions(db, orgId, (f) => (f.forums.visibleTo = 'members'));
    const raw = { orgId: String(orgId), forumId: String(forumId), title: 'Mine', body: 'text' };
    expect(await attempt(forumCommands.createTopic, outsider, raw)).toEqual({ result: { ok: false, messageKey: 'ForumAccess.error_members_only' }, workRan: false });
    signedIn.user = outsider;
    expect(await forumActions.createTopicAction(null, formDataOf(raw))).toEqual({ ok: false, messageKey: 'ForumAccess.error_members_only' });
    expect(await db.$count(forumTopics)).toBe(0);
    // A member passes the same rule.
    expect((await attempt(forumCommands.createTopic, staff, raw)).workRan).toBe(true);
    await changeFunctions(db, orgId, (f) => (f.forums.visibleTo = 'all_users'));
  });

  it('a folder or file change by a staff member while only admins may upload', async () => {
    await changeFunctions(db, orgId, (f) => (f.documents.uploadBy = 'admins'));
    const raw = { orgId: String(orgId), parentId: '', name: 'Orders' };
    expect(await attempt(documentCommands.createFolder, staff, raw)).toEqual({ result: { ok: false, messageKey: 'forbidden' }, workRan: false });
    signedIn.user = staff;
    expect(await documentActions.createFolder(null, formDataOf(raw))).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await db.$count(documentFolders)).toBe(0);
    expect((await attempt(documentCommands.createFolder, admin, raw)).workRan).toBe(true);
    await changeFunctions(db, orgId, (f) => (f.documents.uploadBy = 'staff'));
    expect((await attempt(documentCommands.createFolder, staff, raw)).workRan).toBe(true);
  });

  it('an e-application while the form is closed', async () => {
    const work = vi.fn(async () => ({ number: 1 }));
    const send = () =>
      runCommand(db, visitorCommand(applicationSchema, 'org.applications.submit', work), null, {
        orgId: String(orgId),
        name: 'Айгүл',
        email: 'aigul@mail.kz',
        subject: 'Тақырып',
        body: 'Мәтін',
        locale: 'kk',
      });
    await changeFunctions(db, orgId, (f) => (f.feedback.applications = true));
    // Switched on, but the applications e-mail is not confirmed: still closed.
    expect(await send()).toEqual({ ok: false, messageKey: 'FeedbackAccess.applications_closed' });
    await db.update(organizations).set({ applicationsEmail: 'apps@edu.kz', applicationsEmailConfirmedAt: new Date() }).where(eq(organizations.id, orgId));
    await changeFunctions(db, orgId, (f) => (f.feedback.applications = false));
    expect(await send()).toEqual({ ok: false, messageKey: 'FeedbackAccess.applications_closed' });
    expect(work).not.toHaveBeenCalled();
    expect(await db.$count(feedbackApplications)).toBe(0);
    await changeFunctions(db, orgId, (f) => (f.feedback.applications = true));
    expect(await send()).toEqual({ ok: true, data: { number: 1 } });
  });

  it('any action of a switched-off function, also from an admin', async () => {
    await changeFunctions(db, orgId, (f) => {
      f.pages.enabled = false;
      f.structure.enabled = false;
      f.documents.enabled = false;
      f.forums.enabled = false;
    });
    const o = String(orgId);
    expect(await attempt(pageCommands.create, admin, { orgId: o, title: 'T', body: '<p>x</p>' })).toEqual({ result: { ok: false, messageKey: 'Common.function_off' }, workRan: false });
    expect(await attempt(unitCommands.create, admin, { orgId: o, name: 'Unit' })).toEqual({ result: { ok: false, messageKey: 'Common.function_off' }, workRan: false });
    expect(await attempt(documentCommands.createFolder, admin, { orgId: o, parentId: '', name: 'F' })).toEqual({ result: { ok: false, messageKey: 'Common.function_off' }, workRan: false });
    expect(await attempt(documentCommands.restoreFolder, admin, { orgId: o, folderId: '1' })).toEqual({ result: { ok: false, messageKey: 'Common.function_off' }, workRan: false });
    expect(await attempt(forumCommands.createForum, admin, { orgId: o, title: 'F', description: '' })).toEqual({ result: { ok: false, messageKey: 'ForumAccess.error_forums_off' }, workRan: false });
    expect(await db.$count(interactivePages)).toBe(0);
    expect(await db.$count(structuralUnits)).toBe(0);
    expect(await db.$count(forums)).toBe(1);
    // Who may not act at all is told so first, whatever the switch.
    expect(await attempt(pageCommands.create, staff, { orgId: o, title: 'T', body: '<p>x</p>' })).toEqual({ result: { ok: false, messageKey: 'forbidden' }, workRan: false });
    await changeFunctions(db, orgId, (f) => {
      f.pages.enabled = true;
      f.structure.enabled = true;
    });
    expect((await attempt(pageCommands.create, admin, { orgId: o, title: 'T', body: '<p>x</p>' })).workRan).toBe(true);
    expect((await attempt(unitCommands.create, admin, { orgId: o, name: 'Unit' })).workRan).toBe(true);
  });

  it('an unknown organisation like one without rights; an id past the integer range beside its field', async () => {
    expect(await attempt(forumCommands.createForum, admin, { orgId: '999999', title: 'F', description: '' })).toEqual({ result: { ok: false, messageKey: 'forbidden' }, workRan: false });
    expect(await attempt(forumCommands.createForum, admin, { orgId: '99999999999', title: 'F', description: '' })).toEqual({
      result: { ok: false, messageKey: 'invalid', fieldErrors: { orgId: ['invalid'] } },
      workRan: false,
    });
  });
});
