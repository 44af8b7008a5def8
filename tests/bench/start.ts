/**
 * Start-up benchmark: first start (embedded PostgreSQL initialised, migrated, demo seed) and
 * second start to the first page, and the peak memory of the running app under a short load.
 * Goals (guards against a regression, not product requirements): first start < 3 minutes, second
 * start < 30 s, peak memory < 600 MiB.
 * Run: npx tsx tests/bench/start.ts (builds first when there is no build).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../db/embedded/server';
import { appRssMiB } from './lib/app-server';
import { exitWithGoals, goal } from './lib/goals';

const root = process.cwd();
const dataDir = path.join(os.tmpdir(), `kundelik-bench-start-${process.pid}`);

async function start(port: number, pgPort: number): Promise<{ child: ChildProcess; seconds: number }> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'db/embedded/start-app.ts'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), KUNDELIK_DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${port}` },
  });
  for (;;) {
    try {
      const response = await fetch(`http://localhost:${port}/kk/sign-in`);
      if (response.status === 200) break;
    } catch {
      // not yet
    }
    if (performance.now() - began > 600_000) throw new Error('no first page in 10 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, seconds: (performance.now() - began) / 1000 };
}

async function stop(child: ChildProcess) {
  process.kill(-child.pid!, 'SIGINT');
  await new Promise((r) => child.on('exit', r));
}

async function main() {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    const began = performance.now();
    spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
    console.log(`build: ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const pgPort = await freePort();
  try {
    const first = await start(port, pgPort);
    goal('first start to the first page (init + migrate + demo seed)', first.seconds, 180, 's');
    let peak = appRssMiB(first.child.pid!);
    const paths = ['/kk/sign-in', '/ru/sign-in', '/en/help', '/kk/org/1', '/api/auth/session'];
    const began = performance.now();
    for (let i = 0; i < 300; i++) {
      await fetch(`http://localhost:${port}${paths[i % paths.length]}`, { redirect: 'manual' });
      if (i % 20 === 0) peak = Math.max(peak, appRssMiB(first.child.pid!));
    }
    const perRequest = (performance.now() - began) / 300;
    peak = Math.max(peak, appRssMiB(first.child.pid!));
    console.log(`300 page requests: ${perRequest.toFixed(1)} ms each on average`);
    goal('peak memory of the running app (RSS, without PostgreSQL)', peak, 600, 'MiB');
    await stop(first.child);
    const second = await start(port, pgPort);
    goal('second start to the first page', second.seconds, 30, 's');
    await stop(second.child);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(exitWithGoals, (error: unknown) => {
  console.error(error);
  process.exit(1);
});
