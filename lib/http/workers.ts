import cluster, { type Worker } from 'node:cluster';

/**
 * Several worker processes for one app server (APP_WORKERS, server.ts). Plain Node: loaded
 * outside Next's bundle.
 *
 * Why: Next renders a page on one thread. Under 150 users clicking, one process kept one core
 * busy (≈ 110 % CPU with its collector) while the machine's second core stood two-thirds idle;
 * two workers served 35 % more requests a second on the same two cores (issue 13). Each worker
 * is a whole app server (Next, admission, front cache); the primary only accepts connections and
 * hands each to the next worker in turn (node:cluster's round robin), so it stays nearly idle.
 * Workers keep Next's cache apart, which is why lib/env.ts asks for REDIS_URL with more than
 * one: the caches and the front cache's drops are then shared exactly as between servers.
 *
 * A worker that ends while the server is not stopping (a crash, out of memory) is replaced; if
 * workers keep ending (`MAX_RESTARTS` within `RESTART_WINDOW_MS`) something is wrong with every
 * one of them (database gone, a broken build), and the server ends instead of spinning.
 */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/** How long workers may take to finish their requests after SIGINT/SIGTERM before the primary ends anyway. */
const STOP_GRACE_MS = 5_000;

/** In the primary: forks `count` workers and keeps them running until SIGINT/SIGTERM. */
export function runWorkers(count: number, log: (message: string) => void = console.log): void {
  let stopping = false;
  let exitCode = 0;
  const restarts: number[] = [];
  const fork = () => cluster.fork();

  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > MAX_RESTARTS) {
      log(`app worker ${worker.process.pid} ended (${signal ?? code}); ${restarts.length} workers ended within ${RESTART_WINDOW_MS / 1000} s — stopping the server`);
      stopAll(1);
      return;
    }
    log(`app worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    fork();
  });

  function stopAll(code = 0) {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    if (alive.length === 0) process.exit(exitCode);
    // Each worker closes its server and Next (server.ts), then exits; the last exit ends the primary.
    for (const worker of alive) worker.process.kill('SIGTERM');
    setTimeout(() => process.exit(exitCode), STOP_GRACE_MS).unref();
  }
  process.once('SIGINT', () => stopAll());
  process.once('SIGTERM', () => stopAll());

  for (let i = 0; i < count; i++) fork();
  log(`app server: ${count} workers`);
}
