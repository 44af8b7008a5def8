/** Starts the app (`db/embedded/start-app.ts`) on free ports with its own data folder, for benchmarks. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../db/embedded/server';

export type RunningApp = { origin: string; child: ChildProcess; seconds: number; stop: () => Promise<void> };

export function ensureBuild(root = process.cwd()) {
  if (existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  const began = performance.now();
  spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
  console.log(`build: ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

export function benchDataDir(name: string): string {
  const dir = path.join(os.tmpdir(), `kundelik-bench-${name}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * `root`: the project folder whose build is served (another checkout to compare with; default the
 * current one). `logFile`: the app's output appended there (with `APP_NODE_ARGS=--trace-gc` its
 * collections), else dropped.
 */
export async function startApp(dataDir: string, ports?: { port: number; pgPort: number }, env: Record<string, string> = {}, root = process.cwd(), logFile?: string): Promise<RunningApp> {
  const port = ports?.port ?? (await freePort());
  const pgPort = ports?.pgPort ?? (await freePort());
  const origin = `http://localhost:${port}`;
  const began = performance.now();
  // One descriptor for both streams, closed here once the child holds its own copy.
  const log = logFile ? openSync(logFile, 'a') : undefined;
  const child = spawn(process.execPath, ['--import', 'tsx', 'db/embedded/start-app.ts'], {
    cwd: root,
    detached: true,
    stdio: log === undefined ? 'ignore' : ['ignore', log, log],
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), KUNDELIK_DATA_DIR: dataDir, NEXTAUTH_URL: origin, ...env },
  });
  if (log !== undefined) closeSync(log);
  for (;;) {
    try {
      if ((await fetch(`${origin}/kk/sign-in`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`the app stopped before its first page (exit ${child.exitCode})`);
    if (performance.now() - began > 600_000) throw new Error('no first page in 10 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    child,
    seconds: (performance.now() - began) / 1000,
    stop: async () => {
      process.kill(-child.pid!, 'SIGINT');
      await new Promise((r) => child.on('exit', r));
    },
  };
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

function descendants(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    if (parentOf(Number(entry)) === pid) children.push(Number(entry), ...descendants(Number(entry)));
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

/**
 * The worker processes of an app server running with APP_WORKERS (lib/http/workers.ts): the
 * processes of the compiled server whose parent is that server too.
 */
export function appWorkerPids(launcher: number): number[] {
  const servers = descendants(launcher).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('app-server.mjs');
    } catch {
      return false;
    }
  });
  return servers.filter((pid) => servers.includes(parentOf(pid)));
}

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) the app's Node processes have used so far, PostgreSQL not counted. */
export function appCpuSeconds(launcher: number): number {
  const ticks = 100; // USER_HZ: /proc counts in hundredths of a second on Linux
  return appPids(launcher).reduce((sum, pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      return sum;
    }
  }, 0);
}

/** RSS of the Node processes that serve the app (the app server and its workers), not PostgreSQL. */
export function appRssMiB(launcher: number): number {
  return appPids(launcher).reduce((sum, pid) => sum + rssMiB(pid), 0);
}

/** The launcher's Node descendants: the app server and its workers, not PostgreSQL. */
function appPids(launcher: number): number[] {
  return descendants(launcher).filter((pid) => {
    try {
      return !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
    } catch {
      return false;
    }
  });
}
