import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memberships, persons } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { loadCurrentUser } from '@/lib/auth/load-current-user';
import { addMembership, addOrg, addPerson } from './people-fixtures';
import { testDatabaseAsApp } from './test-database';

/**
 * Hostile text and ids sent to the real server actions, as a script would call them: NUL or a
 * lone UTF-16 surrogate in a text field, and ids past PostgreSQL's integer, get the field's
 * message in the user's language and write nothing — never `server_error`.
 */
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock('@/lib/cache', () => ({ invalidateOrg: vi.fn() }));

const { db } = await testDatabaseAsApp();
const content = await import('@/lib/content/actions');
const documents = await import('@/lib/content/documents/actions');
const forum = await import('@/lib/content/forum/actions');
const structure = await import('@/lib/organizations/structure/actions');
const people = await import('@/lib/people/person-actions');
const restore = await import('@/lib/people/restore-action');

let orgId = 0;
let target = { personId: 0, membershipId: 0 };

beforeAll(async () => {
  orgId = (await addOrg(db, 'authority', 'Input boundary')).id;
  const admin = await addPerson(db, { surname: 'Әкімші', name: 'Бар', login: 'boundary-admin' });
  const membership = await addMembership(db, { personId: admin.personId, orgId, isAdmin: true });
  await db.update(memberships).set({ isEditor: true, isModerator: true }).where(eq(memberships.id, membership.id));
  const t = await addPerson(db, { surname: 'Нысана', name: 'Адам' });
  target = { personId: t.personId, membershipId: (await addMembership(db, { personId: t.personId, orgId })).id };
  signedIn.user = (await loadCurrentUser(db, admin.userId!))!;
});

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, String(v));
  return data;
}

/** Rows an action could have written, counted before and after. */
async function footprint() {
  const [row] = (await db.execute(sql`
    select (select count(*) from news)::int as news, (select count(*) from wall_posts)::int as wall,
           (select count(*) from interactive_pages)::int as pages, (select count(*) from document_folders)::int as folders,
           (select count(*) from forums)::int as forums, (select count(*) from structural_units)::int as units,
           (select count(*) from audit_events)::int as audit`)) as unknown as [Record<string, number>];
  return row;
}

const NUL = 'Жаңа\u0000лық';
const textActions = (text: string | number) =>
  [
    ['createNews', 'title', () => content.createNews(null, form({ orgId, title: text, body: 'Мәтін' }))],
    ['postToWall', 'body', () => content.postToWall(null, form({ orgId, body: text }))],
    ['createPage', 'title', () => content.createPage(null, form({ orgId, title: text, body: '<p>Мәтін</p>' }))],
    ['createFolder', 'name', () => documents.createFolder(null, form({ orgId, parentId: '', name: text }))],
    ['createForum', 'title', () => forum.createForumAction(null, form({ orgId, title: text, description: '' }))],
    ['createUnit', 'name', () => structure.createUnit(null, form({ orgId, name: text, info: '', headPersonId: '' }))],
    ['updatePerson', 'surname', () => people.updatePerson(null, form({ orgId, ...target, surname: text, name: 'Адам', birthDate: '1985-04-20', sex: 'female' }))],
    ['createTopic', 'body', () => forum.createTopicAction(null, form({ orgId, forumId: 1, title: 'Тақырып', body: text }))],
  ] as const;

describe('text PostgreSQL cannot store, sent to eight actions', () => {
  it('a NUL byte is refused beside its field, and nothing is written', async () => {
    const before = await footprint();
    for (const [name, field, call] of textActions(NUL)) {
      expect(await call(), name).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { [field]: ['text_characters'] } });
    }
    expect(await footprint()).toEqual(before);
    const [person] = await db.select({ surname: persons.surname }).from(persons).where(eq(persons.id, target.personId));
    expect(person!.surname).toBe('Нысана');
  });

  it('a lone surrogate (as a JSON-encoded call carries it) is refused the same way', async () => {
    const before = await footprint();
    for (const [name, raw] of [
      ['createNews', { orgId, title: 'Жаңалық \ud800', body: 'Мәтін' }],
      ['postToWall', { orgId, body: '\udc00 жазба' }],
      ['createPage', { orgId, title: 'Бет', body: '<p>\ud83d</p>' }],
      ['createUnit', { orgId, name: 'Бөлім\udfff', info: '', headPersonId: '' }],
    ] as const) {
      const call = { createNews: content.createNews, postToWall: content.postToWall, createPage: content.createPage, createUnit: structure.createUnit }[name];
      const result = await call(null, raw);
      expect(result, name).toMatchObject({ ok: false, messageKey: 'invalid' });
      expect(Object.values((result as { fieldErrors: Record<string, string[]> }).fieldErrors).flat(), name).toEqual(['text_characters']);
    }
    expect(await footprint()).toEqual(before);
  });

  it('still takes a correct emoji pair and Kazakh letters', async () => {
    expect(await content.postToWall(null, form({ orgId, body: 'Құттықтаймыз 🎉' }))).toMatchObject({ ok: true });
  });
});

describe('membership text over its 200 characters', () => {
  it('position, social name and employment are refused with too_long beside each field; the stored values stay', async () => {
    await db.update(memberships).set({ position: 'Мұғалім', socialPosition: 'Ата-ана комитеті', employment: 'Негізгі' }).where(eq(memberships.id, target.membershipId));
    const before = await footprint();
    const long = 'ә'.repeat(201);
    const result = await people.updatePerson(null, form({ orgId, ...target, surname: 'Нысана', name: 'Адам', position: long, socialPosition: long, employment: long }));
    expect(result).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { position: ['too_long'], socialPosition: ['too_long'], employment: ['too_long'] } });
    expect(await footprint()).toEqual(before);
    const [row] = await db.select().from(memberships).where(eq(memberships.id, target.membershipId));
    expect(row).toMatchObject({ position: 'Мұғалім', socialPosition: 'Ата-ана комитеті', employment: 'Негізгі' });
  });
});

describe('ids past the integer range', () => {
  const bad = ['99999999999', '-1', '1e400', '1.5', '2147483648'];

  it('are a field message for the person actions, never server_error', async () => {
    for (const id of bad) {
      expect(await people.removePerson(null, form({ orgId, personId: id })), id).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { personId: ['invalid'] } });
      expect(await restore.restorePerson(null, form({ orgId, membershipId: id })), id).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { membershipId: ['invalid'] } });
      expect(await people.reissueInvitation(null, form({ orgId, personId: id, locale: 'kk' })), id).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { personId: ['invalid'] } });
    }
  });

  it('are a field message for the organisation id of any action', async () => {
    for (const id of bad) {
      expect(await content.createNews(null, form({ orgId: id, title: 'Т', body: 'М' })), id).toEqual({ ok: false, messageKey: 'invalid', fieldErrors: { orgId: ['invalid'] } });
    }
  });
});
