import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** lib/http/workers.ts for real: a primary forking processes (tests/support/workers-fixture.ts). */
function startFixture(mode: 'crash' | 'serve') {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'support', 'workers-fixture.ts')], {
    env: { ...process.env, WORKERS_FIXTURE: mode },
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

describe('app workers', () => {
  it('replaces workers that end, and ends the server with code 1 when they keep ending', async () => {
    const fixture = startFixture('crash');
    expect(await fixture.exited).toBe(1);
    expect(fixture.output()).toMatch(/ended \(3\); starting another/);
    expect(fixture.output()).toMatch(/workers ended within 60 s — stopping the server/);
  }, 30_000);

  it('stops every worker, then itself, on SIGTERM', async () => {
    const fixture = startFixture('serve');
    await until(() => (fixture.output().match(/ready/g) ?? []).length === 2);
    fixture.child.kill('SIGTERM');
    expect(await fixture.exited).toBe(0);
    expect((fixture.output().match(/stopped/g) ?? []).length).toBe(2);
  }, 30_000);
});
