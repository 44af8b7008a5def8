import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../db/embedded/server';

/** lib/http/workers.ts for real: a primary forking processes (tests/support/workers-fixture.ts). */
function startFixture(mode: 'crash' | 'serve', port = 0) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'support', 'workers-fixture.ts')], {
    env: { ...process.env, WORKERS_FIXTURE: mode, WORKERS_FIXTURE_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(check: () => boolean, ms = 20_000) {
  for (const began = Date.now(); !check(); ) {
    if (Date.now() - began > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A connection of its own that stays open: its one answer says which worker holds it. */
async function connect(port: number): Promise<{ pid: string; close: () => void }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const pid = await new Promise<string>((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: '/', agent }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
  return { pid, close: () => agent.destroy() };
}

const countBy = (pids: string[]) => [...pids.reduce((m, pid) => m.set(pid, (m.get(pid) ?? 0) + 1), new Map<string, number>()).values()].sort();

/** A primary with two `serve` workers on a free port, both ready, for `use`; stopped after. */
async function withServingWorkers(use: (port: number) => Promise<void>) {
  const port = await freePort();
  const fixture = startFixture('serve', port);
  try {
    await until(() => (fixture.output().match(/ready/g) ?? []).length === 2);
    await use(port);
  } finally {
    fixture.child.kill('SIGTERM');
    await fixture.exited;
  }
}

describe('app workers', () => {
  it('gives each new connection to the worker holding the fewest', async () => {
    await withServingWorkers(async (port) => {
      const first = await Promise.all(Array.from({ length: 10 }, () => connect(port)));
      expect(countBy(first.map((c) => c.pid))).toEqual([5, 5]);
      // One worker's connections close: the next four all go to it, not in turn.
      const emptied = first[0]!.pid;
      for (const c of first.filter((c) => c.pid === emptied)) c.close();
      await new Promise((r) => setTimeout(r, 300));
      const next = [];
      for (let i = 0; i < 4; i++) next.push(await connect(port));
      expect(next.map((c) => c.pid)).toEqual(Array(4).fill(emptied));
      for (const c of [...first, ...next]) c.close();
    });
  }, 30_000);

  it('answers on a handed-over connection without waiting for delayed ACKs (TCP_NODELAY, as a listening server sets)', async () => {
    await withServingWorkers(async (port) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const began = performance.now();
      for (let i = 0; i < 20; i++) {
        await new Promise<void>((resolve, reject) => {
          http.get({ port, host: '127.0.0.1', path: '/', agent }, (res) => res.resume().on('end', resolve)).on('error', reject);
        });
      }
      agent.destroy();
      // With Nagle's algorithm each answer's second write waited for a delayed ACK (≈ 40 ms on
      // Linux): 20 answers took ≥ 0.8 s. Without, a few ms each; the bound is far from both.
      expect(performance.now() - began).toBeLessThan(400);
    });
  }, 30_000);

  it('cuts off a handed-over connection whose request stalls (headersTimeout), as a listening server does', async () => {
    await withServingWorkers(async (port) => {
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n');
      // The headers never end: the worker answers 408 and closes (its limit is 0.5 s here).
      const closed = await new Promise<boolean>((resolve) => {
        socket.once('close', () => resolve(true));
        setTimeout(() => resolve(false), 10_000);
      });
      socket.destroy();
      expect(closed).toBe(true);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    });
  }, 30_000);

  it('replaces workers that end, and ends the server with code 1 when they keep ending', async () => {
    const fixture = startFixture('crash');
    expect(await fixture.exited).toBe(1);
    expect(fixture.output()).toMatch(/ended \(3\); starting another/);
    expect(fixture.output()).toMatch(/workers ended within 60 s — stopping the server/);
  }, 30_000);

  it('stops every worker, then itself, on SIGTERM', async () => {
    const fixture = startFixture('serve');
    await until(() => (fixture.output().match(/ready/g) ?? []).length === 2);
    // Workers that fill the cores collect garbage on their own thread (lib/http/workers.ts).
    expect((fixture.output().match(/ready, collecting on one thread/g) ?? []).length).toBe(2);
    fixture.child.kill('SIGTERM');
    expect(await fixture.exited).toBe(0);
    expect((fixture.output().match(/stopped/g) ?? []).length).toBe(2);
  }, 30_000);
});
