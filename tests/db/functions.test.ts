import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditEvents, defaultFunctionSettings, documentFolders, documents, type FunctionSettings, news, organizations, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import type { CurrentUser } from '@/lib/auth/permissions';
import { type Command, runCommand } from '@/lib/command';
import { forumCommands } from '@/lib/content/forum/commands';
import { saveFunctionsCommand } from '@/lib/organizations/functions/save';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const ORG = 1;
let admin: CurrentUser;
let staff: CurrentUser;

async function userByLogin(login: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return (await loadCurrentUser(db, row!.id))!;
}

/** The Functions form as the browser sends it: ticked boxes as 'on', unticked ones missing. */
function formOf(settings: FunctionSettings, orgId = ORG) {
  const data = new FormData();
  data.set('orgId', String(orgId));
  for (const [section, values] of Object.entries(settings)) {
    for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
      if (value === true) data.set(`${section}.${key}`, 'on');
      else if (typeof value === 'string') data.set(`${section}.${key}`, value);
    }
  }
  return data;
}

function save(user: CurrentUser, settings: FunctionSettings) {
  return runCommand(db, saveFunctionsCommand, user, formOf(settings));
}

/** A forum write that must succeed, run as its server action runs it. */
async function done<S extends z.ZodType, T>(cmd: Command<S, T>, user: CurrentUser, input: Record<string, unknown>): Promise<T> {
  const result = await runCommand(db, cmd, user, input);
  if (!result.ok) throw new Error(`refused: ${result.messageKey}`);
  return result.data;
}

async function storedFunctions() {
  const [org] = await db.select({ functions: organizations.functions }).from(organizations).where(eq(organizations.id, ORG));
  return org!.functions;
}

/** One md5 per content table over every column of every row, in id order. */
async function contentDigests() {
  const tables = ['forums', 'forum_topics', 'forum_posts', 'documents', 'document_folders', 'news', 'wall_posts', 'interactive_pages', 'structural_units'];
  const out: Record<string, string | null> = {};
  for (const table of tables) {
    const [row] = (await db.execute<{ md5: string | null }>(sql.raw(`select md5(string_agg(t::text, '|' order by t.id)) as md5 from ${table} t`))) as unknown as [
      { md5: string | null },
    ];
    out[table] = row.md5;
  }
  return out;
}

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  admin = await userByLogin('admin');
  staff = await userByLogin('staff');
  // Content of every kind the functions hide, so switching them off and on has something to lose.
  const { forumId } = await done(forumCommands.createForum, admin, { orgId: ORG, title: 'Events', description: 'About events' });
  const { topicId } = await done(forumCommands.createTopic, staff, { orgId: ORG, forumId, title: 'First topic', body: 'first post' });
  await done(forumCommands.createPost, admin, { orgId: ORG, topicId, body: 'a reply' });
  const { topicId: goneId } = await done(forumCommands.createTopic, staff, { orgId: ORG, forumId, title: 'Deleted topic', body: 'text' });
  await done(forumCommands.deleteTopic, admin, { orgId: ORG, topicId: goneId });
  const [folder] = await db.insert(documentFolders).values({ organizationId: ORG, name: 'Orders' }).returning();
  await db.insert(documents).values({ organizationId: ORG, folderId: folder!.id, name: 'order.pdf', storageKey: 'k/1', mimeType: 'application/pdf', sizeBytes: 1234 });
  await db.insert(news).values({ organizationId: ORG, title: 'News', body: 'text' });
});

describe('saving the functions', () => {
  it('switches every function off and on again without touching a row of content', async () => {
    const before = await contentDigests();
    expect(before.forum_posts).not.toBeNull();
    expect(before.documents).not.toBeNull();
    const allOff: FunctionSettings = {
      forums: { ...defaultFunctionSettings.forums, enabled: false },
      documents: { ...defaultFunctionSettings.documents, enabled: false },
      pages: { enabled: false },
      structure: { enabled: false },
      feedback: { enabled: false, reception: false, applications: false, questions: false },
      site: { enabled: false },
    };
    expect(await save(admin, allOff)).toMatchObject({ ok: true });
    expect(await storedFunctions()).toEqual(allOff);
    expect(await contentDigests()).toEqual(before);
    expect(await save(admin, defaultFunctionSettings)).toMatchObject({ ok: true });
    expect(await storedFunctions()).toEqual(defaultFunctionSettings);
    expect(await contentDigests()).toEqual(before);
  });

  it('records each changed switch with from and to', async () => {
    const next = { ...defaultFunctionSettings, forums: { enabled: true, visibleTo: 'members', topicsOpenedBy: 'moderators' }, site: { enabled: false } } as FunctionSettings;
    expect(await save(admin, next)).toMatchObject({ ok: true, data: { changed: 3 } });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'organization.functions.update'), eq(auditEvents.organizationId, ORG)))
      .orderBy(sql`${auditEvents.id} desc`)
      .limit(1);
    expect(event).toMatchObject({
      actorUserId: admin.id,
      entity: 'organization',
      entityId: String(ORG),
      changes: {
        'forums.visibleTo': { from: 'all_users', to: 'members' },
        'forums.topicsOpenedBy': { from: 'participants', to: 'moderators' },
        'site.enabled': { from: true, to: false },
      },
    });
    await save(admin, defaultFunctionSettings);
  });

  it('refuses e-applications while the applications e-mail is unconfirmed, beside that switch, and saves nothing', async () => {
    const events = async () => (await db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.action, 'organization.functions.update'))).length;
    const eventsBefore = await events();
    const wanted = { ...defaultFunctionSettings, site: { enabled: false }, feedback: { ...defaultFunctionSettings.feedback, applications: true } };
    const refused = await save(admin, wanted);
    expect(refused).toEqual({
      ok: false,
      messageKey: 'Functions.error_applications_email_unconfirmed',
      fieldErrors: { 'feedback.applications': ['Functions.error_applications_email_unconfirmed'] },
    });
    expect(await storedFunctions()).toEqual(defaultFunctionSettings);
    expect(await events()).toBe(eventsBefore);

    await db.update(organizations).set({ applicationsEmail: 'apps@example.kz', applicationsEmailConfirmedAt: new Date() }).where(eq(organizations.id, ORG));
    expect(await save(admin, wanted)).toMatchObject({ ok: true });
    expect((await storedFunctions()).feedback.applications).toBe(true);
  });

  it('refuses a staff member without admin rights and an admin of another organisation', async () => {
    const before = await storedFunctions();
    expect(await save(staff, { ...before, site: { enabled: !before.site.enabled } })).toEqual({ ok: false, messageKey: 'forbidden' });
    const other = await runCommand(db, saveFunctionsCommand, admin, formOf(before, 2));
    expect(other).toEqual({ ok: false, messageKey: 'forbidden' });
    expect(await storedFunctions()).toEqual(before);
  });
});
