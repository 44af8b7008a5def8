import cluster, { type Worker } from 'node:cluster';
import type { Server } from 'node:http';
import net, { type Socket } from 'node:net';

/**
 * Several worker processes for one app server (APP_WORKERS, server.ts). Plain Node: loaded
 * outside Next's bundle.
 *
 * Why: Next renders a page on one thread. Under 150 users clicking, one process kept one core
 * busy (≈ 110 % CPU with its collector) while the machine's second core stood two-thirds idle;
 * two workers served 35 % more requests a second on the same two cores (issue 13). Each worker
 * is a whole app server (Next, admission, front cache). Workers keep Next's cache apart, which is
 * why lib/env.ts asks for REDIS_URL with more than one: the caches and the front cache's drops
 * are then shared exactly as between servers.
 *
 * The primary only accepts connections and hands each to the ready worker holding the fewest
 * open ones (least connections). node:cluster's own round robin gives a connection to whichever
 * worker took its last one back: when 150 users connected at once, one worker got 92 of them
 * and the other 58 (counted with ss), and since a browser keeps its connection, the first
 * worker's users waited 1.3 times as long for the whole run — a p95 of 1.45 s where the median
 * was 0.98 s. A worker is ready once Next is loaded; until one is, connections wait, paused.
 *
 * A worker that ends while the server is not stopping (a crash, out of memory) is replaced; if
 * workers keep ending (`MAX_RESTARTS` within `RESTART_WINDOW_MS`) something is wrong with every
 * one of them (database gone, a broken build), and the server ends instead of spinning.
 */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/** How long workers may take to finish their requests after SIGINT/SIGTERM before the primary ends anyway. */
const STOP_GRACE_MS = 5_000;

/** Messages between the primary and its workers. */
const READY = 'kundelik:worker-ready';
const CONNECTION = 'kundelik:connection';
const CLOSED = 'kundelik:connection-closed';

type Message = { kind?: unknown };
const kindOf = (message: unknown) => (typeof message === 'object' && message !== null ? (message as Message).kind : undefined);

/** In the primary: listens on `port`, forks `count` workers and keeps them running until SIGINT/SIGTERM. */
export function runWorkers(count: number, port: number, log: (message: string) => void = console.log): void {
  let stopping = false;
  let exitCode = 0;
  const restarts: number[] = [];
  /** Open connections per ready worker; a worker enters when it says it is ready. */
  const open = new Map<Worker, number>();
  const waiting: Socket[] = [];

  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      const kind = kindOf(message);
      if (kind === READY) {
        open.set(worker, 0);
        while (waiting.length > 0) handOff(waiting.shift()!);
      } else if (kind === CLOSED && open.has(worker)) open.set(worker, Math.max(0, open.get(worker)! - 1));
    });
  };

  function leastBusy(): Worker | undefined {
    let chosen: Worker | undefined;
    for (const [worker, connections] of open) if (chosen === undefined || connections < open.get(chosen)!) chosen = worker;
    return chosen;
  }

  function handOff(socket: Socket) {
    if (socket.destroyed) return;
    const worker = leastBusy();
    if (!worker) return void waiting.push(socket);
    open.set(worker, open.get(worker)! + 1);
    worker.send({ kind: CONNECTION }, socket, (error) => {
      if (!error) return;
      // The worker went away meanwhile: the next one takes the connection.
      open.delete(worker);
      handOff(socket);
    });
  }

  const server = net.createServer({ pauseOnConnect: true, noDelay: true }, handOff);
  server.listen(port);

  cluster.on('exit', (worker: Worker, code, signal) => {
    open.delete(worker);
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
    server.close();
    for (const socket of waiting.splice(0)) socket.destroy();
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    if (alive.length === 0) process.exit(exitCode);
    // Each worker closes its server and Next (server.ts), then exits; the last exit ends the primary.
    for (const worker of alive) worker.process.kill('SIGTERM');
    setTimeout(() => process.exit(exitCode), STOP_GRACE_MS).unref();
  }
  process.once('SIGINT', () => stopAll());
  process.once('SIGTERM', () => stopAll());

  // Workers fill every core: V8's collector threads could only take time from the other workers.
  // Measured with two workers under 150 users, the same build in turn: 8.6 / 8.5 ms of CPU per
  // request against 9.2 / 8.8 with parallel collection (193 / 196 req/s against 181 / 189).
  cluster.setupPrimary({ execArgv: [...process.execArgv, '--single-threaded-gc'] });
  for (let i = 0; i < count; i++) fork();
  log(`app server: ${count} workers`);
}

/**
 * In a worker: `server` serves the connections the primary hands over (it listens on no port of
 * its own), and the primary hears when each closes. Call once the app is ready to answer.
 */
export function serveFromPrimary(server: Server): void {
  process.on('message', (message: unknown, socket?: Socket) => {
    if (kindOf(message) !== CONNECTION || !socket) return;
    socket.once('close', () => process.send?.({ kind: CLOSED }));
    // What a listening server does on accept, which a handed-over connection skips: without it
    // Nagle's algorithm held a page's last chunk until the browser's delayed ACK, 40 ms on every
    // page (measured: p50 55 ms instead of 14).
    socket.setNoDelay(true);
    server.emit('connection', socket);
    socket.resume();
  });
  // Node starts an HTTP server's watch over slow or stalled requests (headersTimeout,
  // requestTimeout: a client sending its headers byte by byte is cut off) when the server starts
  // listening; this one never listens itself, so it is told it does.
  server.emit('listening');
  process.send?.({ kind: READY });
}
