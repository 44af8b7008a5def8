import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createClient, RESP_TYPES } from '@redis/client';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, type Database } from '@/db';
import { memberships, news, organizations, users } from '@/db/schema';
import { installationCode, madeUpId } from '@/lib/oneroster/ids';
import { appWorkerPids } from '../bench/lib/app-server';
import { signIn } from '../bench/lib/http-client';
import { portsFromEnv, startCluster, type Cluster } from '../support/cluster';
import { makeBundle } from '../support/oneroster-bundle';

/**
 * Several app servers for real (README "Several app servers"): two servers from one build on two
 * ports, one PostgreSQL, redis-server and nginx balancing them, all started here. What one server
 * writes, expires or starts, the other sees at once, and nginx carries on when one dies.
 * Server B runs as two worker processes (APP_WORKERS=2, lib/http/workers.ts), so every answer of
 * B below comes from either of its workers.
 */
let cluster: Cluster;
let db: Database;
let serverA: string;
let serverB: string;
let balanced: string;
let orgId: number;
let editor: string;

beforeAll(async () => {
  cluster = await startCluster({ name: 'cluster-test', servers: 2, serverEnv: [undefined, { APP_WORKERS: '2' }], ports: portsFromEnv() });
  [serverA, serverB] = cluster.servers.map((s) => s.origin) as [string, string];
  balanced = cluster.sites[0]!;
  db = createDatabase(cluster.databaseUrl, { max: 2 });
  // The demo authority, where `admin` edits the site.
  const [row] = await db
    .select({ orgId: memberships.organizationId })
    .from(memberships)
    .innerJoin(users, eq(users.personId, memberships.personId))
    .innerJoin(organizations, and(eq(organizations.id, memberships.organizationId), eq(organizations.kind, 'authority')))
    .where(eq(users.login, 'admin'))
    .limit(1);
  orgId = row!.orgId;
  editor = await signIn(serverA, 'admin');
});

afterAll(async () => {
  if (db) await closeDatabase(db);
  await cluster?.stop();
});

async function page(url: string, cookie?: string) {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  return { status: response.status, cache: response.headers.get('x-site-cache'), location: response.headers.get('location'), body: await response.text() };
}

/** Asks until the front cache holds the page (it fills after the first answer, in the background). */
async function heldBy(origin: string, pathname: string) {
  for (let i = 0; i < 100; i++) {
    const answer = await page(origin + pathname);
    if (answer.cache === 'HIT') return answer;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${origin} never kept ${pathname}`);
}

/** The status of one GET on a connection of its own (fetch would keep one connection, so one worker, for all). */
function statusOnNewConnection(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

/** A server action's id in this build (the id the page's form posts with). */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  if (!found) throw new Error(`no server action ${name} of ${file} in the build`);
  return found[0];
}

/** Posts a server action as the browser's form does (useActionState: previous state, then the input). */
function callAction(origin: string, pagePath: string, id: string, input: Record<string, string>, cookie: string) {
  return fetch(origin + pagePath, {
    method: 'POST',
    headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin, cookie },
    body: JSON.stringify([null, input]),
  });
}

describe('several app servers behind nginx', () => {
  it("shows an editor's news written through server A on the public site through server B at once", async () => {
    const site = `/kk/site/${orgId}`;
    // Both servers hold the page in their front cache and in Next's cache.
    await heldBy(serverA, site);
    const before = await heldBy(serverB, site);
    // B renders the Russian page itself, so its reads (the news among them) are B's to keep: they
    // must not outlive A's write on B either.
    const russian = `/ru/site/${orgId}`;
    expect((await page(serverB + russian)).cache).toBe('MISS');
    const title = `Жаңалық ${Date.now()}`;
    expect(before.body).not.toContain(title);
    // Next's cache is the shared one in Redis, not each server's disk.
    const redis = await createClient({ url: cluster.redis.url }).connect();
    expect((await redis.keys('kundelik:next:*')).length).toBeGreaterThan(0);
    await redis.quit();

    const answer = await callAction(serverA, `/kk/org/${orgId}/news/new`, actionId('lib/content/actions.ts', 'createNews'), { orgId: String(orgId), title, body: 'Екі сервер.' }, editor);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('"ok":true');
    expect((await db.select({ id: news.id }).from(news).where(eq(news.title, title))).length).toBe(1);

    const onB = await page(serverB + site);
    expect({ status: onB.status, cache: onB.cache, shows: onB.body.includes(title) }).toEqual({ status: 200, cache: 'MISS', shows: true });
    for (let i = 0; i < 4; i++) expect((await page(balanced + site)).body).toContain(title);
    expect((await page(serverB + russian)).body).toContain(title);
    // And B keeps the new page again.
    expect((await heldBy(serverB, site)).body).toContain(title);
  });

  it("keeps the site's reads once for both servers, dates as dates, and no read of an unknown id", async () => {
    const redis = await createClient({ url: cluster.redis.url }).connect();
    try {
      await heldBy(serverA, `/kk/site/${orgId}`);
      // 'use cache' entries (lib/site/cached.ts) in Redis, not in each server's memory.
      const kept = await redis.keys('kundelik:use-cache:*');
      expect(kept.length).toBeGreaterThan(0);
      // Keyed by the call's arguments, the organisation's id among them (so an id would show).
      expect(kept.some((key) => key.includes(`[${orgId}]`) || key.includes(`[${orgId},`))).toBe(true);
      // React's serialisation marks a Date ("$D…"): the news comes back with Dates, no reviving.
      const news = await Promise.all(kept.map(async (key) => (await redis.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get(key))!.toString('latin1')));
      expect(news.some((entry) => /"publishedAt":"\$D\d{4}-/.test(entry))).toBe(true);

      const unknown = 1_900_000_000 + Math.floor(Math.random() * 100_000_000);
      const paths = [`/kk/site/${unknown}`, `/ru/site/${unknown}/news`, `/kk/site/${orgId}/pages/${unknown}`, `/en/site/${orgId}/documents/${unknown}`];
      for (const origin of [serverA, serverB]) for (const pathname of paths) expect((await page(origin + pathname)).status, pathname).toBe(404);
      const after = await redis.keys('kundelik:use-cache:*');
      expect(after.filter((key) => key.includes(String(unknown)))).toEqual([]);
    } finally {
      await redis.quit();
    }
  });

  it('lets a session signed in on server A work on server B', async () => {
    const editorPage = `/kk/org/${orgId}/news/new`;
    expect((await page(serverB + editorPage, editor)).status).toBe(200);
    const anonymous = await page(serverB + editorPage);
    expect(anonymous.status).toBeGreaterThanOrEqual(300);
    expect(anonymous.status).toBeLessThan(400);
    expect(anonymous.location).toContain('sign-in');
  });

  it('runs an import started on server A once, when Confirm reaches both servers', async () => {
    const bundle = await makeBundle({ orgs: [{ sourcedId: 'cluster-school', name: 'Cluster school', type: 'school', parentSourcedId: madeUpId(await installationCode(db), 'org', orgId) }] });
    const form = new FormData();
    form.set('file', new File([new Uint8Array(bundle)], 'cluster.zip', { type: 'application/zip' }));
    const upload = await fetch(`${serverA}/api/org/${orgId}/oneroster/runs`, { method: 'POST', body: form, headers: { cookie: editor, origin: serverA } });
    const { runId } = (await upload.json()) as { runId: string };
    const runOn = async (origin: string) => (await (await fetch(`${origin}/api/org/${orgId}/oneroster/runs/${runId}`, { headers: { cookie: editor } })).json()) as { status: string };
    const until = async (done: (status: string) => boolean) => {
      for (let i = 0; i < 300; i++) {
        const run = await runOn(serverB);
        if (done(run.status)) return run.status;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the run did not move');
    };
    expect(await until((s) => s !== 'checking')).toBe('checked');

    const confirm = (origin: string) => fetch(`${origin}/api/org/${orgId}/oneroster/runs/${runId}`, { method: 'POST', headers: { cookie: editor, origin } }).then((r) => r.status);
    const statuses = await Promise.all([confirm(serverA), confirm(serverB), confirm(serverA), confirm(serverB)]);
    expect(statuses.sort()).toEqual([200, 409, 409, 409]);
    expect(await until((s) => s !== 'importing')).toBe('done');
    const imported = await db.execute<{ schools: number; audits: number }>(sql`
      select (select count(*)::int from organizations where full_name = 'Cluster school') as schools,
             (select count(*)::int from audit_events where action = 'oneroster.import' and entity_id = ${runId}) as audits`);
    expect(imported[0]).toEqual({ schools: 1, audits: 1 });
  });

  it('runs server B as two workers and starts another when one dies', async () => {
    const launcher = cluster.servers[1]!.child.pid!;
    const first = appWorkerPids(launcher);
    expect(first).toHaveLength(2);
    process.kill(first[0]!, 'SIGKILL');
    let now = appWorkerPids(launcher);
    for (let i = 0; i < 200 && (now.length < 2 || now.includes(first[0]!)); i++) {
      await new Promise((r) => setTimeout(r, 100));
      now = appWorkerPids(launcher);
    }
    expect(now).toHaveLength(2);
    expect(now).toContain(first[1]);
    expect(now).not.toContain(first[0]);
    // Meanwhile B answers every new connection: the primary hands each to a ready worker (the one holding the fewest connections).
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await statusOnNewConnection(`${serverB}/kk/org/${orgId}/news/new`, editor));
    expect(answers).toEqual(Array(6).fill(200));
  });

  it('keeps serving through nginx when server A dies', async () => {
    await cluster.kill(0);
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push((await page(`${balanced}/kk/site/${orgId}`)).status);
      answers.push((await page(`${balanced}/kk/org/${orgId}/news/new`, editor)).status);
    }
    expect(answers).toEqual(Array(12).fill(200));
  });
});
