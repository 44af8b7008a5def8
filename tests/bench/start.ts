/**
 * Start-up benchmark: first start (embedded PostgreSQL initialised, migrated, demo seed) and
 * second start to the first page, and the peak memory of the running app under a short load.
 * Run: npx tsx tests/bench/start.ts (builds first when there is no build).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../db/embedded/server';

const root = process.cwd();
const dataDir = path.join(os.tmpdir(), `kundelik-bench-start-${process.pid}`);

function descendants(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // process ended
    }
  }
  return children;
}

function rssMiB(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** RSS of the Node processes that serve the app (next start and its workers), not PostgreSQL. */
function appRssMiB(launcher: number): number {
  return descendants(launcher)
    .filter((pid) => {
      try {
        return !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
      } catch {
        return false;
      }
    })
    .reduce((sum, pid) => sum + rssMiB(pid), 0);
}

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
    console.log(`first start to the first page (init + migrate + demo seed): ${first.seconds.toFixed(1)} s`);
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
    console.log(`peak memory of the running app (RSS, without PostgreSQL): ${peak.toFixed(0)} MiB`);
    await stop(first.child);
    const second = await start(port, pgPort);
    console.log(`second start to the first page: ${second.seconds.toFixed(1)} s`);
    await stop(second.child);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
