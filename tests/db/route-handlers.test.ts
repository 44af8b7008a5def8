import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { documents, feedbackApplications, feedbackQuestions, subordinateOverrides } from '@/db/schema';
import type { CurrentUser, Permission } from '@/lib/auth/permissions';
import { getStorage, newStorageKey } from '@/lib/storage';
import { filesUnder, projectRoot, reachableFiles } from '../support/import-graph';
import { addOrganization, addPerson, changeFunctions, currentUser } from './org-fixture';
import { testDatabaseAsApp } from './test-database';

/**
 * Every route handler (app/**\/route.ts, each exported HTTP method) with the rule of `can` it
 * checks, or — with the reason — marked public. The table must match the files, each rule must be
 * the one the handler (or what it imports) names, and a caller without it is refused.
 */
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: async () => signedIn.user }));
// Outside Next: no request scope to expire tags in or to run work after the response.
vi.mock('@/lib/cache', () => ({ invalidateOrg: vi.fn(), invalidateOrgFromRoute: vi.fn() }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kundelik-routes-'));
process.env.KUNDELIK_DATA_DIR = dataDir;
process.env.NEXTAUTH_URL = 'http://localhost:3000';
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
// The handlers use the app's pool (getDb): this file's database.
const { db } = await testDatabaseAsApp();

type Method = 'GET' | 'POST';
type Entry = { rule: Permission } | { public: string };

const table: Record<string, Partial<Record<Method, Entry>>> = {
  'app/api/auth/[...nextauth]/route.ts': {
    GET: { public: 'sign-in itself (NextAuth): the session does not exist yet; throttled per account and address' },
    POST: { public: 'sign-in itself (NextAuth): the session does not exist yet; throttled per account and address' },
  },
  'app/api/logo/[orgId]/route.ts': { GET: { public: 'the logo is part of the public profile shown on the public site' } },
  'app/api/files/[documentId]/route.ts': { GET: { rule: 'org.documents.private' } },
  'app/api/files/route.ts': { POST: { rule: 'org.documents.edit' } },
  'app/api/logo/route.ts': { POST: { rule: 'org.settings.edit' } },
  'app/api/export/[report]/route.ts': { GET: { rule: 'org.reports.view' } },
  'app/api/org/[id]/report-institutions/route.ts': { GET: { rule: 'org.reports.view' } },
  'app/api/feedback/[orgId]/applications/route.ts': { POST: { rule: 'org.applications.submit' } },
  'app/api/feedback/[orgId]/questions/route.ts': { POST: { rule: 'org.questions.ask' } },
  'app/api/feedback/attachments/[applicationId]/route.ts': { GET: { rule: 'org.settings.edit' } },
  'app/api/org/[id]/people-import-template/route.ts': { GET: { rule: 'org.people.manage' } },
  'app/api/org/[id]/people-import/[batchId]/errors/route.ts': { GET: { rule: 'org.people.manage' } },
  'app/api/org/[id]/people-import/route.ts': { POST: { rule: 'org.people.manage' } },
  'app/api/org/[id]/register-import/route.ts': { POST: { rule: 'org.register.manage' } },
  'app/api/org/[id]/register-mains/route.ts': { GET: { rule: 'org.register.manage' } },
  'app/api/org/[id]/register-heads/route.ts': { GET: { rule: 'org.register.manage' } },
  'app/api/org/[id]/page-preview/route.ts': { POST: { rule: 'org.pages.edit' } },
  'app/api/org/[id]/oneroster/export/route.ts': { GET: { rule: 'org.exchange.manage' } },
  'app/api/org/[id]/oneroster/runs/route.ts': { POST: { rule: 'org.exchange.manage' } },
  'app/api/org/[id]/oneroster/runs/[runId]/route.ts': { GET: { rule: 'org.exchange.manage' }, POST: { rule: 'org.exchange.manage' } },
  'app/[locale]/(app)/org/[id]/notifications/[notificationId]/export/route.ts': { GET: { rule: 'org.notifications.view' } },
};

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The HTTP methods a route file exports: `export async function GET` or `export { handler as GET }`. */
function exportedMethods(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const declared = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)].map((m) => m[1]!);
  const renamed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/as\s+([A-Z]+)/g)].map((n) => n[1]!));
  return [...declared, ...renamed].filter((name) => HTTP_METHODS.includes(name)).sort();
}

describe('the table of route handlers', () => {
  it('lists every exported method of every route file, nothing more', () => {
    const files = filesUnder(path.join(projectRoot, 'app')).filter((f) => path.basename(f) === 'route.ts');
    const actual = Object.fromEntries(files.map((f) => [path.relative(projectRoot, f), exportedMethods(f)]));
    const listed = Object.fromEntries(Object.entries(table).map(([file, methods]) => [file, Object.keys(methods).sort()]));
    expect(actual).toEqual(listed);
  });

  it('names, for each checked method, a rule the handler or what it imports passes to `can`', () => {
    for (const [file, methods] of Object.entries(table)) {
      for (const entry of Object.values(methods)) {
        if ('public' in entry) {
          expect(entry.public.length).toBeGreaterThan(20);
          continue;
        }
        const sources = [...reachableFiles([path.join(projectRoot, file)])].map((f) => readFileSync(f, 'utf8')).join('\n');
        expect(sources.includes(`'${entry.rule}'`), `${file} checks ${entry.rule}`).toBe(true);
      }
    }
  });
});

let authority = 0;
let otherOrg = 0;
let school = 0;
let admin: CurrentUser;
let staff: CurrentUser;
let parent: CurrentUser;
let otherAdmin: CurrentUser;
let privateDocId = 0;
let applicationId = 0;

beforeAll(async () => {
  authority = await addOrganization(db, { name: 'Authority' });
  school = await addOrganization(db, { name: 'School', kind: 'institution', parentId: authority });
  otherOrg = await addOrganization(db, { name: 'Other' });
  admin = await currentUser(db, (await addPerson(db, { surname: 'Admin', name: 'A', orgId: authority, rights: { isAdmin: true } })).userId);
  staff = await currentUser(db, (await addPerson(db, { surname: 'Staff', name: 'S', orgId: authority })).userId);
  parent = await currentUser(db, (await addPerson(db, { surname: 'Parent', name: 'P', orgId: school, role: 'parent' })).userId);
  otherAdmin = await currentUser(db, (await addPerson(db, { surname: 'Other', name: 'O', orgId: otherOrg, rights: { isAdmin: true } })).userId);
  const key = newStorageKey('documents');
  await getStorage().put(key, new TextEncoder().encode('private text'), { contentType: 'text/plain; charset=utf-8' });
  const [doc] = await db
    .insert(documents)
    .values({ organizationId: authority, name: 'private.txt', storageKey: key, mimeType: 'text/plain; charset=utf-8', sizeBytes: 12, isPublic: false })
    .returning();
  privateDocId = doc!.id;
  const [application] = await db
    .insert(feedbackApplications)
    .values({ organizationId: authority, number: 1, authorName: 'A', authorEmail: 'a@mail.kz', subject: 'S', body: 'B', attachmentKey: key, attachmentName: 'a.txt', attachmentType: 'text/plain' })
    .returning();
  applicationId = application!.id;
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(file: string, method: Method, user: CurrentUser | null, target: string, params: Record<string, string>, init: RequestInit = {}) {
  signedIn.user = user;
  const handlers = (await import(path.join(projectRoot, file))) as Record<Method, Handler>;
  return handlers[method](new Request(`http://localhost:3000${target}`, { method, ...init }), { params: Promise.resolve(params) });
}

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
};

/** A multipart body as a browser sends it, with its length (the citizens' forms require one). */
async function multipart(fields: Record<string, string>): Promise<RequestInit> {
  const encoded = new Response(formOf(fields));
  const body = new Uint8Array(await encoded.arrayBuffer());
  return { body, headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.byteLength) } };
}

describe('route handlers refuse a caller without the rule', () => {
  it('GET /api/files/{id}: a non-public file to the staff only, 404 to others; nothing while Documents is off', async () => {
    const file = 'app/api/files/[documentId]/route.ts';
    const get = (user: CurrentUser | null) => call(file, 'GET', user, `/api/files/${privateDocId}`, { documentId: String(privateDocId) });
    for (const user of [null, parent, otherAdmin]) expect((await get(user)).status).toBe(404);
    const allowed = await get(staff);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toBe('private text');
    await changeFunctions(db, authority, (f) => (f.documents.enabled = false));
    expect((await get(staff)).status).toBe(404);
    await changeFunctions(db, authority, (f) => (f.documents.enabled = true));
  });

  it('POST /api/files: a staff member when "only admins" upload is refused (403) and nothing is stored', async () => {
    const upload = (user: CurrentUser | null) =>
      call('app/api/files/route.ts', 'POST', user, `/api/files?orgId=${authority}&folderId=&public=1`, {}, { body: 'hello', headers: { 'x-file-name': 'a.txt', 'content-length': '5' } });
    await changeFunctions(db, authority, (f) => (f.documents.uploadBy = 'admins'));
    const before = await db.$count(documents);
    expect((await upload(null)).status).toBe(401);
    for (const user of [staff, parent, otherAdmin]) expect((await upload(user)).status).toBe(403);
    expect(await db.$count(documents)).toBe(before);
    expect((await upload(admin)).status).toBe(201);
    await changeFunctions(db, authority, (f) => (f.documents.uploadBy = 'staff'));
    expect((await upload(staff)).status).toBe(201);
  });

  it('POST /api/logo: only admins of the organisation', async () => {
    const post = (user: CurrentUser | null) => call('app/api/logo/route.ts', 'POST', user, `/api/logo?orgId=${authority}`, {}, { body: 'x', headers: { 'content-length': '1' } });
    expect((await post(null)).status).toBe(401);
    for (const user of [staff, otherAdmin]) expect((await post(user)).status).toBe(403);
  });

  it('GET /api/export/{report}: the authority’s staff only, 404 to others', async () => {
    const get = (user: CurrentUser | null) => call('app/api/export/[report]/route.ts', 'GET', user, `/api/export/activity?org=${authority}&format=csv&locale=kk`, { report: 'activity' });
    for (const user of [null, parent, otherAdmin]) expect((await get(user)).status).toBe(404);
  });

  it('GET …/report-institutions: the authority’s staff only, 404 to others; a district outside its scope 400', async () => {
    const get = (user: CurrentUser | null, query = '') =>
      call('app/api/org/[id]/report-institutions/route.ts', 'GET', user, `/api/org/${authority}/report-institutions?locale=kk${query}`, { id: String(authority) });
    for (const user of [null, parent, otherAdmin]) expect((await get(user)).status).toBe(404);
    expect(await (await get(staff)).json()).toEqual([]);
    // The school under it counts once the authority adds it (F-4.7); then it is listed.
    await db.insert(subordinateOverrides).values({ authorityId: authority, institutionId: school, included: true });
    const answer = await get(staff);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual([[school, 'School', null, null]]);
    expect(await (await get(staff, '&type=999999')).json()).toEqual({ error: 'type_unknown' });
    await db.delete(subordinateOverrides).where(eq(subordinateOverrides.authorityId, authority));
    const outside = await get(staff, '&district=999999');
    expect(outside.status).toBe(400);
    expect(await outside.json()).toEqual({ error: 'district_unknown' });
  });

  it('GET /api/feedback/attachments/{id}: admins of the organisation only, 404 to others', async () => {
    const get = (user: CurrentUser | null) => call('app/api/feedback/attachments/[applicationId]/route.ts', 'GET', user, `/api/feedback/attachments/${applicationId}`, { applicationId: String(applicationId) });
    for (const user of [null, staff, otherAdmin]) expect((await get(user)).status).toBe(404);
    expect((await get(admin)).status).toBe(200);
  });

  it('the people import routes: admins of the organisation only (401 signed out, 403 others)', async () => {
    const template = (user: CurrentUser | null) => call('app/api/org/[id]/people-import-template/route.ts', 'GET', user, `/api/org/${authority}/people-import-template?format=csv`, { id: String(authority) });
    const errors = (user: CurrentUser | null) =>
      call('app/api/org/[id]/people-import/[batchId]/errors/route.ts', 'GET', user, `/api/org/${authority}/people-import/x/errors`, { id: String(authority), batchId: '00000000-0000-4000-8000-000000000000' });
    const upload = (user: CurrentUser | null) =>
      call('app/api/org/[id]/people-import/route.ts', 'POST', user, `/api/org/${authority}/people-import`, { id: String(authority) }, { body: formOf({ locale: 'kk' }) });
    for (const route of [template, errors, upload]) {
      expect((await route(null)).status).toBe(401);
      for (const user of [staff, otherAdmin]) expect((await route(user)).status).toBe(403);
    }
    expect((await template(admin)).status).toBe(200);
  });

  it('POST …/page-preview: the organisation’s admins only; it shows its own file and drops another organisation’s', async () => {
    const preview = (user: CurrentUser | null, org: number, body: string) =>
      call('app/api/org/[id]/page-preview/route.ts', 'POST', user, `/api/org/${org}/page-preview`, { id: String(org) }, { body: formOf({ body }) });
    const markdown = `## Plan\n\n![plan](/api/files/${privateDocId})`;
    expect((await preview(null, authority, markdown)).status).toBe(401);
    for (const user of [staff, otherAdmin]) expect((await preview(user, authority, markdown)).status).toBe(403);
    const own = await preview(admin, authority, markdown);
    expect(await own.json()).toEqual({ ok: true, html: `<h2>Plan</h2>\n<p><img src="/api/files/${privateDocId}" alt="plan" /></p>`, foreignDocument: false });
    // Another organisation's admin, on their own organisation, cannot show this organisation's file.
    const foreign = await preview(otherAdmin, otherOrg, markdown);
    expect(await foreign.json()).toEqual({ ok: true, html: '<h2>Plan</h2>\n<p></p>', foreignDocument: true });
  });

  it('GET …/register-mains: what an entry can be a branch of, to the authority’s admins only (401 signed out, 403 others); never the entry itself', async () => {
    const get = (user: CurrentUser | null, query = '') => call('app/api/org/[id]/register-mains/route.ts', 'GET', user, `/api/org/${authority}/register-mains${query}`, { id: String(authority) });
    expect((await get(null)).status).toBe(401);
    for (const user of [staff, otherAdmin, parent]) expect((await get(user)).status).toBe(403);
    const all = await get(admin);
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('private, no-store');
    expect(await all.json()).toContainEqual({ id: school, name: 'School' });
    expect(await (await get(admin, `?except=${school}`)).json()).not.toContainEqual({ id: school, name: 'School' });
    const bad = await get(admin, '?except=abc');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'except_invalid' });
  });

  it('GET …/register-heads: an entry’s staff by name, to the authority’s admins only (401, 403); another authority’s school 404; no pupils, parents or archived staff', async () => {
    const get = (user: CurrentUser | null, institution: number | string, q = '') =>
      call('app/api/org/[id]/register-heads/route.ts', 'GET', user, `/api/org/${authority}/register-heads?institution=${institution}&q=${encodeURIComponent(q)}`, { id: String(authority) });
    const heads = await addOrganization(db, { name: 'Heads school', kind: 'institution', parentId: authority });
    const foreignSchool = await addOrganization(db, { name: 'Foreign school', kind: 'institution', parentId: otherOrg });
    const teacher = await addPerson(db, { surname: 'Ахметова', name: 'Айгүл', orgId: heads, role: 'teacher' });
    const clerk = await addPerson(db, { surname: 'Бекова', name: 'Дана', orgId: heads });
    await addPerson(db, { surname: 'Ахметов', name: 'Ернар', orgId: heads, role: 'student' });
    await addPerson(db, { surname: 'Ахметов', name: 'Болат', orgId: heads, role: 'parent' });
    await addPerson(db, { surname: 'Ахметжанов', name: 'Серік', orgId: heads, archived: true });
    await addPerson(db, { surname: 'Ахмедов', name: 'Тимур', orgId: foreignSchool });

    expect((await get(null, heads)).status).toBe(401);
    for (const user of [staff, otherAdmin, parent]) expect((await get(user, heads)).status).toBe(403);
    const all = await get(admin, heads);
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('private, no-store');
    expect(await all.json()).toEqual({ matches: [{ id: teacher.personId, name: 'Ахметова Айгүл' }, { id: clerk.personId, name: 'Бекова Дана' }], more: false });
    expect(await (await get(admin, heads, 'ахм')).json()).toEqual({ matches: [{ id: teacher.personId, name: 'Ахметова Айгүл' }], more: false });
    expect(await (await get(admin, heads, 'Дана бек')).json()).toEqual({ matches: [{ id: clerk.personId, name: 'Бекова Дана' }], more: false });
    expect(await (await get(admin, heads, '100%_')).json()).toEqual({ matches: [], more: false });
    // Another authority's school is not in this register: nothing of its staff, as if it did not exist.
    const foreign = await get(admin, foreignSchool);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: 'not_found' });
    const bad = await get(admin, 'abc');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'institution_invalid' });

    // Past the first 20 matches the answer says there are more, and stops.
    for (let n = 0; n < 20; n++) await addPerson(db, { surname: `Жанов${String(n).padStart(2, '0')}`, name: 'Ж', orgId: heads });
    const many = (await (await get(admin, heads)).json()) as { matches: Array<{ name: string }>; more: boolean };
    expect(many.more).toBe(true);
    expect(many.matches).toHaveLength(20);
    expect(many.matches.map((p) => p.name).slice(0, 2)).toEqual(['Ахметова Айгүл', 'Бекова Дана']);
  });

  it('the register import route: admins of an authority only (401 signed out, 403 others and a school’s admin); an empty upload is named', async () => {
    const schoolAdmin = await currentUser(db, (await addPerson(db, { surname: 'Head', name: 'R', orgId: school, rights: { isAdmin: true } })).userId);
    const upload = (user: CurrentUser | null, org = authority) =>
      call('app/api/org/[id]/register-import/route.ts', 'POST', user, `/api/org/${org}/register-import`, { id: String(org) }, { body: formOf({ locale: 'kk' }) });
    expect((await upload(null)).status).toBe(401);
    for (const user of [staff, otherAdmin]) expect((await upload(user)).status).toBe(403);
    expect((await upload(schoolAdmin, school)).status).toBe(403);
    const refused = await upload(admin);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ ok: false, problem: { key: 'file_missing', params: {} } });
  });

  it('the OneRoster routes: admins of an authority only (401 signed out, 403 others and a school’s admin)', async () => {
    const schoolAdmin = await currentUser(db, (await addPerson(db, { surname: 'Head', name: 'H', orgId: school, rights: { isAdmin: true } })).userId);
    const runId = '00000000-0000-4000-8000-000000000000';
    const routes = (org: number) => [
      (user: CurrentUser | null) => call('app/api/org/[id]/oneroster/export/route.ts', 'GET', user, `/api/org/${org}/oneroster/export`, { id: String(org) }),
      (user: CurrentUser | null) => call('app/api/org/[id]/oneroster/runs/route.ts', 'POST', user, `/api/org/${org}/oneroster/runs`, { id: String(org) }, { body: formOf({}) }),
      (user: CurrentUser | null) => call('app/api/org/[id]/oneroster/runs/[runId]/route.ts', 'GET', user, `/api/org/${org}/oneroster/runs/${runId}`, { id: String(org), runId }),
      (user: CurrentUser | null) => call('app/api/org/[id]/oneroster/runs/[runId]/route.ts', 'POST', user, `/api/org/${org}/oneroster/runs/${runId}`, { id: String(org), runId }),
    ];
    for (const route of routes(authority)) {
      expect((await route(null)).status).toBe(401);
      for (const user of [staff, otherAdmin, parent]) expect((await route(user)).status).toBe(403);
    }
    for (const route of routes(school)) expect((await route(schoolAdmin)).status).toBe(403);
    // The admin passes the check: an unknown run is 404, an empty upload a named problem.
    expect((await routes(authority)[2]!(admin)).status).toBe(404);
    expect((await routes(authority)[1]!(admin)).status).toBe(400);
  });

  it('GET …/notifications/{id}/export: the authority’s staff only, 404 to others', async () => {
    const get = (user: CurrentUser | null) =>
      call('app/[locale]/(app)/org/[id]/notifications/[notificationId]/export/route.ts', 'GET', user, `/kk/org/${authority}/notifications/1/export`, {
        locale: 'kk',
        id: String(authority),
        notificationId: '1',
      });
    for (const user of [null, parent, otherAdmin]) expect((await get(user)).status).toBe(404);
    // Past the rule, the notification itself is looked up: there is none.
    expect(await (await get(staff)).text()).toBe('Not found');
  });

  it('POST the citizens’ forms: refused while closed (404, nothing stored), accepted while open', async () => {
    const application = async () =>
      call(
        'app/api/feedback/[orgId]/applications/route.ts',
        'POST',
        null,
        `/api/feedback/${authority}/applications`,
        { orgId: String(authority) },
        await multipart({ name: 'Айгүл', email: 'aigul@mail.kz', subject: 'Тақырып', body: 'Мәтін', locale: 'kk' }),
      );
    const refused = await application();
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ ok: false, messageKey: 'FeedbackAccess.applications_closed' });
    expect(await db.$count(feedbackApplications, eq(feedbackApplications.organizationId, authority))).toBe(1);

    const question = async () => {
      const init = await multipart({ name: 'Ерлан', email: '', body: 'Сұрақ', locale: 'kk' });
      return call('app/api/feedback/[orgId]/questions/route.ts', 'POST', null, `/api/feedback/${authority}/questions`, { orgId: String(authority) }, init);
    };
    await changeFunctions(db, authority, (f) => (f.feedback.questions = false));
    expect((await question()).status).toBe(404);
    expect(await db.$count(feedbackQuestions)).toBe(0);
    await changeFunctions(db, authority, (f) => (f.feedback.questions = true));
    expect((await question()).status).toBe(201);
    expect(await db.$count(feedbackQuestions)).toBe(1);
  });
});
