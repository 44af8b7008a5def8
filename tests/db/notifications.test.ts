import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed';
import { auditEvents, mailOutbox, memberships, notificationRecipients, notifications, organizations, users, wizardDrafts } from '@/db/schema';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { loadOrgAuth } from '@/lib/auth/org-auth';
import type { CurrentUser } from '@/lib/auth/permissions';
import { type AudienceLeaf, AUDIENCE_LEAVES, audienceLeaves, reachOf } from '@/lib/notifications/audience';
import { audienceMasks } from '@/lib/notifications/audience-counts';
import { deleteCommand, publishCommand, remindableCountCommand, saveAudienceCommand, saveContentCommand } from '@/lib/notifications/commands';
import { countUnread, getInboxItem, listInbox, markRead } from '@/lib/notifications/inbox';
import { getNotification, listNotifications, readByDays } from '@/lib/notifications/list';
import { audienceCondition } from '@/lib/notifications/network';
import { publishNotification } from '@/lib/notifications/publish';
import { listRecipients } from '@/lib/notifications/recipients';
import { sendReminder } from '@/lib/notifications/remind';
import { todayIn } from '@/lib/time/calendar-date';
import { addPerson, currentUser, runCommand } from './org-fixture';
import { useTestDatabase } from './test-database';

const { db } = await useTestDatabase();
const AUTHORITY = 1;
let admin: CurrentUser;
let staff: CurrentUser;
let teacher: CurrentUser;
let parent: CurrentUser;

type Row = { personId: number; organizationId: number; role: string; isAdmin: boolean; archived: boolean };
let allMemberships: Row[] = [];
const orgs = new Map<number, { kind: string; parentId: number | null }>();

async function userByLogin(login: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
  return currentUser(db, row!.id);
}

beforeAll(async () => {
  await seedDemo(db, { scale: 'demo' });
  [admin, staff, teacher, parent] = await Promise.all(['admin', 'staff', 'teacher', 'parent'].map(userByLogin)) as [CurrentUser, CurrentUser, CurrentUser, CurrentUser];
  for (const o of await db.select({ id: organizations.id, kind: organizations.kind, parentId: organizations.parentId }).from(organizations)) orgs.set(o.id, o);
  // One archived membership: a student of the first school who left. They must never receive.
  const [left] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.role, 'student'), eq(memberships.organizationId, teacher.memberships[0]!.organizationId)))
    .limit(1);
  await db.update(memberships).set({ archivedAt: new Date() }).where(eq(memberships.id, left!.id));
  allMemberships = (await db.select().from(memberships)).map((m) => ({ personId: m.personId, organizationId: m.organizationId, role: m.role, isAdmin: m.isAdmin, archived: m.archivedAt !== null }));
});

/** The obvious reading of the guide's tree, in plain code over every membership. */
function expectedPeople(leaves: AudienceLeaf[]): Set<number> {
  const inScope = (scope: string, orgId: number) => {
    const org = orgs.get(orgId)!;
    const own = orgId === AUTHORITY;
    const sub = org.parentId === AUTHORITY && org.kind === 'authority';
    const inst = org.parentId === AUTHORITY && org.kind === 'institution';
    return scope === 'own' ? own : scope === 'sub' ? sub : scope === 'inst' ? inst : own || sub || inst;
  };
  const out = new Set<number>();
  for (const m of allMemberships) {
    if (m.archived) continue;
    for (const leaf of leaves) {
      const { scope, roles } = AUDIENCE_LEAVES[leaf];
      const roleOk = roles === 'admin' ? m.isAdmin : (roles as readonly string[]).includes(m.role);
      if (roleOk && inScope(scope, m.organizationId)) out.add(m.personId);
    }
  }
  return out;
}

async function resolved(leaves: AudienceLeaf[]): Promise<Set<number>> {
  const rows = await db.execute<{ person_id: number }>(sql`select distinct person_id from memberships where ${audienceCondition(AUTHORITY, leaves)}`);
  return new Set(rows.map((r) => Number(r.person_id)));
}

/** The wizard as the actions run it: content, audience, publish. */
async function publish(user: CurrentUser, content: { title: string; body: string; readBy?: string }, audience: AudienceLeaf[]) {
  const saved = await runCommand(db, saveContentCommand, user, { orgId: String(AUTHORITY), draftId: '', readBy: '', ...content });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const chosen = await runCommand(db, saveAudienceCommand, user, { orgId: String(AUTHORITY), draftId: saved.data.draftId, audience });
  if (!chosen.ok) throw new Error(JSON.stringify(chosen));
  return { draftId: saved.data.draftId, result: await runCommand(db, publishCommand, user, { orgId: String(AUTHORITY), draftId: saved.data.draftId }) };
}

const counts = async () => ({
  notifications: (await db.select({ n: count() }).from(notifications))[0]!.n,
  recipients: (await db.select({ n: count() }).from(notificationRecipients))[0]!.n,
});

describe('audience resolution on the demo region', () => {
  it('picks exactly the right people for every leaf of the tree', async () => {
    for (const leaf of audienceLeaves) {
      const expected = expectedPeople([leaf]);
      expect(expected.size, leaf).toBeGreaterThan(0);
      expect([...(await resolved([leaf]))].sort(), leaf).toEqual([...expected].sort());
    }
  });

  it('reads the guide’s own staff: one leader, two deputies, one admin; 24 directors', async () => {
    expect((await resolved(['own.leaders'])).size).toBe(1);
    expect((await resolved(['own.deputies'])).size).toBe(2);
    expect((await resolved(['own.admins'])).size).toBe(1);
    expect((await resolved(['inst.directors'])).size).toBe(24);
    expect((await resolved(['sub.leaders'])).size).toBe(2);
  });

  it('counts the reach of any choice in the wizard exactly, people in several leaves once', async () => {
    const masks = await audienceMasks(db, AUTHORITY);
    for (const leaf of audienceLeaves) expect(reachOf(masks, [leaf]), leaf).toBe(expectedPeople([leaf]).size);
    const combos: AudienceLeaf[][] = [['inst.teachers', 'inst.parents'], ['network.staff', 'inst.directors', 'own.admins'], audienceLeaves, ['inst.students', 'inst.parents']];
    for (const combo of combos) expect(reachOf(masks, combo), combo.join()).toBe(expectedPeople(combo).size);
  });

  it('publishes to a person with several roles once: teachers who are parents get one row', async () => {
    const teachers = expectedPeople(['inst.teachers']);
    const parents = expectedPeople(['inst.parents']);
    const both = [...teachers].filter((p) => parents.has(p));
    expect(both.length).toBeGreaterThan(0);
    const { result } = await publish(admin, { title: 'Teachers and parents', body: 'Meeting on Friday.' }, ['inst.teachers', 'inst.parents']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.recipients).toBe(teachers.size + parents.size - both.length);
    const rows = await db.select({ n: count() }).from(notificationRecipients).where(and(eq(notificationRecipients.notificationId, result.data.notificationId), eq(notificationRecipients.personId, both[0]!)));
    expect(rows[0]!.n).toBe(1);
  });

  it('never addresses an archived membership', async () => {
    const archived = allMemberships.find((m) => m.archived)!;
    const stillActive = allMemberships.some((m) => m.personId === archived.personId && !m.archived);
    expect(stillActive).toBe(false);
    expect((await resolved(['inst.students'])).has(archived.personId)).toBe(false);
  });
});

describe('the create wizard', () => {
  it('refuses an empty title or text, a 100,000-character text, a past read-by date and no audience; writes nothing', async () => {
    const before = await counts();
    const base = { orgId: '1', draftId: '', title: 'T', body: 'B', readBy: '' };
    const empty = await runCommand(db, saveContentCommand, admin, { ...base, title: '  ', body: '' });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { title: ['required'], body: ['required'] } });
    const huge = await runCommand(db, saveContentCommand, admin, { ...base, body: 'x'.repeat(100_000) });
    expect(huge).toMatchObject({ ok: false, fieldErrors: { body: ['NotificationWizard.text_too_long'] } });
    const past = await runCommand(db, saveContentCommand, admin, { ...base, readBy: '2020-01-01' });
    expect(past).toMatchObject({ ok: false, fieldErrors: { readBy: ['NotificationWizard.read_by_past'] } });
    const badDate = await runCommand(db, saveContentCommand, admin, { ...base, readBy: '2026-02-30' });
    expect(badDate).toMatchObject({ ok: false, fieldErrors: { readBy: ['NotificationWizard.read_by_invalid'] } });
    const saved = await runCommand(db, saveContentCommand, admin, base);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const none = await runCommand(db, saveAudienceCommand, admin, { orgId: '1', draftId: saved.data.draftId });
    expect(none).toMatchObject({ ok: false, fieldErrors: { audience: ['NotificationWizard.audience_required'] } });
    const unknown = await runCommand(db, saveAudienceCommand, admin, { orgId: '1', draftId: saved.data.draftId, audience: ['inst.everyone'] });
    expect(unknown.ok).toBe(false);
    const early = await runCommand(db, publishCommand, admin, { orgId: '1', draftId: saved.data.draftId });
    expect(early).toMatchObject({ ok: false, messageKey: 'NotificationWizard.audience_required' });
    expect(await counts()).toEqual(before);
  });

  it('lets only admins and editors of the authority write; staff and teachers are refused', async () => {
    for (const user of [staff, teacher, parent]) {
      const result = await runCommand(db, saveContentCommand, user, { orgId: '1', draftId: '', title: 'T', body: 'B', readBy: '' });
      expect(result).toEqual({ ok: false, messageKey: 'forbidden' });
    }
    const [draft] = await db.select().from(wizardDrafts).where(eq(wizardDrafts.userId, admin.id)).limit(1);
    // Someone else's draft is not there for them, even with manage rights elsewhere.
    const other = await runCommand(db, publishCommand, staff, { orgId: '1', draftId: draft?.id ?? '00000000-0000-4000-8000-000000000000' });
    expect(other).toEqual({ ok: false, messageKey: 'forbidden' });
  });

  it('publishes once when Publish is pressed twice at the same moment', async () => {
    const saved = await runCommand(db, saveContentCommand, admin, { orgId: '1', draftId: '', title: 'Twice', body: 'Once only', readBy: '' });
    if (!saved.ok) throw new Error('draft');
    await runCommand(db, saveAudienceCommand, admin, { orgId: '1', draftId: saved.data.draftId, audience: 'own.leaders' });
    const before = await counts();
    const [a, b] = await Promise.all([0, 1].map(() => runCommand(db, publishCommand, admin, { orgId: '1', draftId: saved.data.draftId })));
    expect(a!.ok && b!.ok).toBe(true);
    if (!a!.ok || !b!.ok) return;
    expect(a!.data.notificationId).toBe(b!.data.notificationId);
    expect([a!.data.alreadyPublished, b!.data.alreadyPublished].sort()).toEqual([false, true]);
    expect(await counts()).toEqual({ notifications: before.notifications + 1, recipients: before.recipients + 1 });
  });

  it('checks the read-by date again at Publish: a draft for a day that has passed is refused and kept', async () => {
    const saved = await runCommand(db, saveContentCommand, admin, { orgId: '1', draftId: '', title: 'Late', body: 'B', readBy: todayIn('Asia/Almaty') });
    if (!saved.ok) throw new Error('draft');
    await runCommand(db, saveAudienceCommand, admin, { orgId: '1', draftId: saved.data.draftId, audience: ['own.leaders'] });
    const tomorrow = new Date(Date.now() + 86_400_000);
    const result = await publishNotification(db, { userId: admin.id, orgId: 1, draftId: saved.data.draftId, now: tomorrow }).catch((e: unknown) => e);
    expect(result).toMatchObject({ messageKey: 'NotificationWizard.read_by_past' });
    expect((await db.select().from(wizardDrafts).where(eq(wizardDrafts.id, saved.data.draftId))).length).toBe(1);
  });
});

describe('active and archive by the read-by date in the organisation’s time zone', () => {
  it('keeps a message due today active until the day ends in Asia/Almaty, then archives it', async () => {
    const [n] = await db
      .insert(notifications)
      .values({ organizationId: 1, title: 'Due 28 November', body: 'x', readBy: '2026-11-28', audience: ['own.leaders'], publishKey: crypto.randomUUID() })
      .returning();
    const lateEvening = new Date('2026-11-28T18:59:59Z'); // 23:59:59 in Almaty
    const midnight = new Date('2026-11-28T19:00:00Z'); // 00:00 on 29 November in Almaty, still the 28th in UTC
    expect(todayIn('Asia/Almaty', lateEvening)).toBe('2026-11-28');
    expect(todayIn('Asia/Almaty', midnight)).toBe('2026-11-29');
    const ids = async (tab: 'active' | 'archive', now: Date) =>
      (await listNotifications(db, { orgId: 1, tab, today: todayIn('Asia/Almaty', now), page: 1 })).rows.map((r) => r.id);
    expect(await ids('active', lateEvening)).toContain(n!.id);
    expect(await ids('archive', lateEvening)).not.toContain(n!.id);
    expect(await ids('active', midnight)).not.toContain(n!.id);
    expect(await ids('archive', midnight)).toContain(n!.id);
    expect(await readByDays(db, { orgId: 1, month: '2026-11' })).toContain('2026-11-28');
    const filtered = await listNotifications(db, { orgId: 1, tab: 'archive', today: '2026-11-29', day: '2026-11-28', page: 1 });
    expect(filtered.rows.map((r) => r.id)).toEqual([n!.id]);
    await db.delete(notifications).where(eq(notifications.id, n!.id));
  });
});

describe('reading, counting, reminding and deleting', () => {
  let notificationId = 0;
  let total = 0;

  beforeAll(async () => {
    const { result } = await publish(admin, { title: 'Parents’ meeting', body: '<b>Not HTML</b>\nSecond line' }, ['inst.teachers', 'inst.parents']);
    if (!result.ok) throw new Error(JSON.stringify(result));
    notificationId = result.data.notificationId;
    total = result.data.recipients;
  });

  it('shows it in the inbox of a teacher and a parent, unread, and not to a stranger by id', async () => {
    for (const user of [teacher, parent]) {
      const inbox = await listInbox(db, { personId: user.personId, page: 1 });
      expect(inbox.rows[0]).toMatchObject({ id: notificationId, title: 'Parents’ meeting', readAt: null });
      expect(inbox.rows[0]).not.toHaveProperty('total');
      expect(inbox.total).toBe(inbox.rows.length);
      // A page past the last one still knows the total.
      expect(await listInbox(db, { personId: user.personId, page: 50 })).toEqual({ rows: [], total: inbox.total });
      expect(await countUnread(db, user.personId)).toBeGreaterThan(0);
    }
    expect(await getInboxItem(db, { personId: staff.personId, notificationId })).toBeNull();
    await expect(markRead(db, { personId: staff.personId, notificationId })).rejects.toMatchObject({ messageKey: 'Inbox.not_found' });
  });

  it('keeps the inbox as it was sent: one who leaves keeps it, one who joins later does not get it', async () => {
    const school = teacher.memberships[0]!.organizationId;
    const joiner = await addPerson(db, { surname: 'Later', name: 'Joined', orgId: school, role: 'parent' });
    expect(await getInboxItem(db, { personId: joiner.personId, notificationId })).toBeNull();
    expect(await countUnread(db, joiner.personId)).toBe(0);
    // A parent of the school leaves (membership archived): the message stays in their inbox.
    const [leaver] = await db.execute<{ person_id: number }>(sql`
      select r.person_id from notification_recipients r join memberships m on m.person_id = r.person_id
      where r.notification_id = ${notificationId} and m.role = 'parent' and m.organization_id = ${school} and r.person_id <> ${parent.personId} limit 1`);
    await db.update(memberships).set({ archivedAt: new Date() }).where(eq(memberships.personId, Number(leaver!.person_id)));
    expect((await listInbox(db, { personId: Number(leaver!.person_id), page: 1 })).rows.map((r) => r.id)).toContain(notificationId);
  });

  it('counts each reader once: 2 of N after a teacher and a parent read it, also when read twice', async () => {
    const unread = await countUnread(db, teacher.personId);
    await markRead(db, { personId: teacher.personId, notificationId });
    await markRead(db, { personId: parent.personId, notificationId });
    const again = await markRead(db, { personId: parent.personId, notificationId });
    expect(again.first).toBe(false);
    expect(await countUnread(db, teacher.personId)).toBe(unread - 1);
    // The header's number comes with the user in one query: the same count.
    const signedIn = await loadCurrentUser(db, teacher.id);
    expect(signedIn?.unreadNotifications).toBe(unread - 1);
    expect(signedIn?.memberOrganizations).toEqual(await Promise.all(teacher.memberships.map((m) => loadOrgAuth(db, m.organizationId))));
    const detail = await getNotification(db, { orgId: 1, notificationId });
    expect(detail).toMatchObject({ readCount: 2, recipientCount: total, body: '<b>Not HTML</b>\nSecond line' });
    const [real] = await db.select({ n: count() }).from(notificationRecipients).where(and(eq(notificationRecipients.notificationId, notificationId), sql`read_at is not null`));
    expect(real!.n).toBe(2);
    const readers = await listRecipients(db, { authorityId: 1, notificationId, list: 'readers', page: 1 });
    expect(readers.map((r) => r.personId).sort()).toEqual([teacher.personId, parent.personId].sort());
    expect(readers.find((r) => r.personId === teacher.personId)!.places[0]!.roles).toContain('teacher');
    const pending = await listRecipients(db, { authorityId: 1, notificationId, list: 'pending', page: 1 });
    expect(pending.some((r) => r.personId === teacher.personId)).toBe(false);
    expect(pending).toHaveLength(50);
  });

  it('reminds every non-reader with an e-mail through the outbox, once per pause', async () => {
    const [expected] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from notification_recipients r join persons p on p.id = r.person_id left join users u on u.person_id = p.id
      where r.notification_id = ${notificationId} and r.read_at is null and coalesce(nullif(trim(u.email), ''), nullif(trim(p.email), '')) is not null`);
    // What Remind's confirmation names, counted as it opens: the same people, and only for the
    // authority's own admins and its own messages.
    const ref = { orgId: '1', notificationId: String(notificationId) };
    expect(await runCommand(db, remindableCountCommand, admin, ref)).toEqual({ ok: true, data: { count: expected!.n } });
    expect(await runCommand(db, remindableCountCommand, staff, ref)).toEqual({ ok: false, messageKey: 'forbidden' });
    const [district] = await db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.kind, 'authority'), sql`${organizations.id} <> ${AUTHORITY}`)).limit(1);
    const districtAdmin = await currentUser(db, (await addPerson(db, { surname: 'District', name: 'Admin', orgId: district!.id, rights: { isAdmin: true } })).userId);
    expect(await runCommand(db, remindableCountCommand, districtAdmin, ref)).toEqual({ ok: false, messageKey: 'forbidden' });
    // Through its own authority, another's message is not found.
    expect(await runCommand(db, remindableCountCommand, districtAdmin, { orgId: String(district!.id), notificationId: String(notificationId) })).toEqual({ ok: false, messageKey: 'Notifications.not_found' });
    const mail = { subject: 'Reminder', textBody: 'Please read it' };
    const result = await sendReminder(db, { userId: admin.id, orgId: 1, notificationId, mail });
    expect(result.reminded).toBe(expected!.n);
    expect(result.reminded).toBeGreaterThan(5_000 / 10);
    const [outbox] = await db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.subject, 'Reminder'));
    expect(outbox!.n).toBe(expected!.n);
    await expect(sendReminder(db, { userId: admin.id, orgId: 1, notificationId, mail })).rejects.toMatchObject({ messageKey: 'Notifications.remind_too_soon' });
    expect((await getNotification(db, { orgId: 1, notificationId }))!.remindedCount).toBe(expected!.n);
  });

  it('deletes it from every inbox and keeps an audit event of who deleted what', async () => {
    expect(await runCommand(db, deleteCommand, staff, { orgId: '1', notificationId: String(notificationId) })).toEqual({ ok: false, messageKey: 'forbidden' });
    const result = await runCommand(db, deleteCommand, admin, { orgId: '1', notificationId: String(notificationId) });
    expect(result.ok).toBe(true);
    expect(await getInboxItem(db, { personId: parent.personId, notificationId })).toBeNull();
    const [left] = await db.select({ n: count() }).from(notificationRecipients).where(eq(notificationRecipients.notificationId, notificationId));
    expect(left!.n).toBe(0);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'notification.delete'), eq(auditEvents.entityId, String(notificationId))));
    expect(event).toMatchObject({ actorUserId: admin.id, organizationId: 1 });
    expect(event!.changes.title).toEqual({ from: 'Parents’ meeting', to: null });
    expect(await runCommand(db, deleteCommand, admin, { orgId: '1', notificationId: String(notificationId) })).toEqual({ ok: false, messageKey: 'Notifications.not_found' });
  });
});
