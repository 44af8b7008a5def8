import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { withAdmission } from '@/lib/http/admission';

/** A real server behind the gate; its handler holds every answer until the test lets it go. */
async function gatedServer(options: { limit: number; maxQueue: number; prefetchWaitMs?: number }) {
  const entered: string[] = [];
  const held = new Map<string, ServerResponse>();
  const server = createServer(
    withAdmission((req: IncomingMessage, res: ServerResponse) => {
      entered.push(req.url!);
      held.set(req.url!, res);
    }, options),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false });
    const answer = new Promise<number>((resolve, reject) => {
      req.on('response', (res) => (res.resume(), res.on('end', () => resolve(res.statusCode!))));
      req.on('error', reject);
    });
    req.end();
    return { req, answer };
  };
  const release = (path: string) => held.get(path)!.end('ok');
  return { server, entered, get, release, port };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('admission to Next', () => {
  it('lets `limit` requests in at once, the others in arrival order; a full queue answers 503', async () => {
    const gate = await gatedServer({ limit: 2, maxQueue: 3 });
    close = () => gate.server.close();
    const first = ['/kk/inbox?1', '/kk/inbox?2'].map((p) => gate.get(p));
    await until(() => gate.entered.length === 2);
    const queued = [];
    for (const p of ['/kk/inbox?3', '/kk/inbox?4', '/kk/inbox?5']) {
      queued.push(gate.get(p));
      await new Promise((r) => setTimeout(r, 20)); // arrival order is what the gate keeps
    }
    expect(await gate.get('/kk/inbox?6').answer).toBe(503);
    const busy = await fetch(`http://127.0.0.1:${gate.port}/ru/inbox?6`);
    expect([busy.status, busy.headers.get('retry-after'), await busy.text()]).toEqual([503, '5', 'Сервер сейчас занят. Повторите через несколько секунд.']);
    expect(gate.entered).toEqual(['/kk/inbox?1', '/kk/inbox?2']);

    // Next's static files and /api/ are not held back by the queue.
    const api = gate.get('/api/files?orgId=1');
    await until(() => gate.entered.includes('/api/files?orgId=1'));
    const download = gate.get('/kk/org/1/notifications/5/export?format=xlsx');
    await until(() => gate.entered.includes('/kk/org/1/notifications/5/export?format=xlsx'));
    gate.release('/kk/org/1/notifications/5/export?format=xlsx');
    expect(await download.answer).toBe(200);

    // A client that leaves while waiting is never rendered.
    queued[1]!.req.destroy();
    queued[1]!.answer.catch(() => {});
    await new Promise((r) => setTimeout(r, 20));

    // Each answer lets exactly one waiting request in, the next that is still there.
    gate.release('/kk/inbox?1');
    await until(() => gate.entered.length === 5);
    expect(gate.entered.at(-1)).toBe('/kk/inbox?3');
    gate.release('/kk/inbox?2');
    await until(() => gate.entered.length === 6);
    expect(gate.entered.at(-1)).toBe('/kk/inbox?5');
    await new Promise((r) => setTimeout(r, 20));
    expect(gate.entered).toHaveLength(6);
    for (const path of ['/kk/inbox?3', '/kk/inbox?5', '/api/files?orgId=1']) gate.release(path);
    expect(await Promise.all([...first, queued[0]!, queued[2]!, api].map((r) => r.answer))).toEqual([200, 200, 200, 200, 200]);
  });

  it("lets a user's request in before Next's prefetches that came earlier", async () => {
    const gate = await gatedServer({ limit: 1, maxQueue: 5 });
    close = () => gate.server.close();
    const prefetch = { 'Next-Router-Prefetch': '1', RSC: '1' };
    const answers = [gate.get('/kk/inbox')];
    await until(() => gate.entered.length === 1);
    for (const [path, headers] of [['/kk/org/1/people', prefetch], ['/kk/org/1/news', prefetch], ['/kk/inbox/7', {}]] as const) {
      answers.push(gate.get(path, headers));
      await new Promise((r) => setTimeout(r, 20));
    }
    for (let i = 1; i <= 3; i++) {
      gate.release(gate.entered.at(-1)!);
      await until(() => gate.entered.length === i + 1);
    }
    gate.release(gate.entered.at(-1)!);
    expect(await Promise.all(answers.map((a) => a.answer))).toEqual([200, 200, 200, 200]);
    expect(gate.entered).toEqual(['/kk/inbox', '/kk/inbox/7', '/kk/org/1/people', '/kk/org/1/news']);
  });

  it('tells a prefetch that waited too long "busy", never rendering it, while the clicks keep their turns', async () => {
    const gate = await gatedServer({ limit: 1, maxQueue: 5, prefetchWaitMs: 300 });
    close = () => gate.server.close();
    const prefetch = { 'Next-Router-Prefetch': '1', RSC: '1' };
    const first = gate.get('/kk/inbox');
    await until(() => gate.entered.length === 1);
    const stale = gate.get('/kk/org/1/people', prefetch);
    const click = gate.get('/kk/inbox/7');
    expect(await stale.answer).toBe(503);
    // A prefetch that gets its turn in time is rendered as before.
    const timely = gate.get('/kk/org/1/news', prefetch);
    gate.release('/kk/inbox');
    await until(() => gate.entered.length === 2);
    gate.release('/kk/inbox/7');
    await until(() => gate.entered.length === 3);
    gate.release('/kk/org/1/news');
    expect(await Promise.all([first.answer, click.answer, timely.answer])).toEqual([200, 200, 200]);
    expect(gate.entered).toEqual(['/kk/inbox', '/kk/inbox/7', '/kk/org/1/news']);
  });

  it("lets a waiting request in outside the async context of the answer that made room (no request keeps the one before alive)", async () => {
    // As Next does: each request rendered inside its own store, its answer ended from there.
    const store = new AsyncLocalStorage<string>();
    const seen = new Map<string, string | undefined>();
    const ends = new Map<string, () => void>();
    const server = createServer(
      withAdmission((req: IncomingMessage, res: ServerResponse) => {
        seen.set(req.url!, store.getStore());
        store.run(`store of ${req.url}`, () => ends.set(req.url!, () => setImmediate(() => res.end('ok'))));
      }, { limit: 1, maxQueue: 5 }),
    );
    close = () => server.close();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const get = (path: string) => new Promise<number>((resolve) => request({ host: '127.0.0.1', port, path, agent: false }, (res) => (res.resume(), res.on('end', () => resolve(res.statusCode!)))).end());
    const first = get('/kk/inbox?1');
    await until(() => ends.has('/kk/inbox?1'));
    const second = get('/kk/inbox?2');
    await new Promise((r) => setTimeout(r, 20));
    store.run('store of /kk/inbox?1', () => ends.get('/kk/inbox?1')!());
    await until(() => ends.has('/kk/inbox?2'));
    ends.get('/kk/inbox?2')!();
    expect(await Promise.all([first, second])).toEqual([200, 200]);
    expect(seen.get('/kk/inbox?2')).toBeUndefined();
  });
});
