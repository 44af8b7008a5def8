import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The production server's memory (server.ts). Plain Node: loaded outside Next's bundle.
 *
 * 1. Abort reasons keep no stack frames. React's Flight renderer aborts every request's
 *    `cacheController` with an `Error` when the render ends ("This render completed
 *    successfully…"), and nothing reads its `.stack`. Until it is read, V8 keeps the stack as
 *    frames that hold each frame's receiver — here the `Immediate` the render was flushed from,
 *    whose `_idleNext` links reach the next requests' immediates, their async-context stores and
 *    their own abort reasons. Anything long-lived that holds one request's store (a database
 *    socket opened during a request, its timers) then held every later request: measured, all
 *    1,383 responses of a 60 s load stayed on the heap (≈ 170 MB after a full collection), and
 *    the heap grew for as long as the server ran. Reading `.stack` turns the frames into a string
 *    and lets them go (≈ 10 µs per request).
 *
 * 2. A full collection when the server goes quiet. V8 collects only when JavaScript allocates, so
 *    after a burst an idle server keeps its peak heap (measured: 397 MB used, 30 s after the last
 *    request). `global.gc` exists when the server runs with `--expose-gc` (db/embedded/start-app.ts);
 *    without it nothing happens. See `giveMemoryBack` for why one plain `gc()` is not enough.
 */

/** Makes every abort reason's stack a string at once, so its frames do not outlive the request. */
export function releaseAbortReasonFrames(): void {
  const proto = AbortController.prototype as AbortController & { [RELEASED]?: true };
  if (proto[RELEASED]) return;
  const abort = proto.abort;
  proto.abort = function abortReleasingFrames(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  proto[RELEASED] = true;
}
const RELEASED = Symbol.for('kundelik.abortReasonFramesReleased');

/**
 * The Node flags the production server runs with (db/embedded/start-app.ts; the memory test's
 * child process runs with them too).
 * --expose-gc: the server collects once it goes quiet, so memory comes back after a burst (below).
 * --max-semi-space-size=128: a render allocates megabytes that die with it; with V8's 16 MB young
 * generation several renders at once promoted them to the old one, to be marked and swept later.
 * Measured (issue 13, the same build side by side, 8 requests at once): 64 MB took 4–12 % less
 * CPU per page than 16 on 8 of 10 pages. On Node 24, 128 against 64 under the signed-in bench's
 * 150 users, four runs each, alternating: 6.8–8.0 against 7.6–9.0 ms of app CPU a request
 * (≈ 12 % less), 204–241 against 185–216 req/s; peak RSS ≈ 170 MiB higher, given back after the
 * load like the rest. On Node 20 the two were alike.
 */
export const SERVER_NODE_FLAGS = ['--expose-gc', '--max-semi-space-size=128'] as const;

/** Quiet this long after the last answer before a collection. */
export const IDLE_COLLECT_MS = 5_000;
/** Collections per quiet spell: the second lets V8 give back the pages the first one emptied. */
const COLLECTIONS_PER_SPELL = 2;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A full collection that also gives the emptied pages back to the system. Node 20's plain `gc()`
 * did both (the pages at the next collection). Node 24's (V8 13) empties the heap but keeps its
 * freed pages pooled for reuse: in the signed-in bench a worker's used heap fell from 234 to 94 MB
 * while its RSS stayed at 861 MB, and the memory goal missed by 510 MiB. Only the "last resort"
 * collection (all available garbage, reducing the footprint) returns them: 568 → 74 MB RSS after a
 * 550 MB burst (tests/unit/server-memory.test.ts). Node 20 does not take the options object's
 * flavor — there it is a cheap partial collection — so both calls are made, and each runtime does
 * its full work in one of them.
 */
export function giveMemoryBack(gc: NodeJS.GCFunction): void {
  gc();
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * Wraps the server's handler: counts requests in flight and, once none has come for
 * `IDLE_COLLECT_MS` after some were served, runs a full collection (twice, `idleMs` apart).
 * `collect` defaults to `giveMemoryBack(global.gc)`; when there is no `global.gc` the handler is returned unchanged.
 */
export function collectWhenIdle(next: Handler, options: { idleMs?: number; collect?: () => void } = {}): Handler {
  const gc = globalThis.gc;
  const collect = options.collect ?? (gc ? () => giveMemoryBack(gc) : undefined);
  if (!collect) return next;
  const idleMs = options.idleMs ?? IDLE_COLLECT_MS;
  let inFlight = 0;
  let collectionsDue = 0;
  let timer: NodeJS.Timeout | undefined;

  const schedule = () => {
    timer = setTimeout(() => {
      timer = undefined;
      if (inFlight > 0 || collectionsDue === 0) return;
      collect();
      collectionsDue--;
      if (collectionsDue > 0) schedule();
    }, idleMs);
    timer.unref();
  };

  return (req, res) => {
    inFlight++;
    collectionsDue = COLLECTIONS_PER_SPELL;
    if (timer) clearTimeout(timer);
    timer = undefined;
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      inFlight--;
      if (inFlight === 0) schedule();
    };
    res.once('finish', finished);
    res.once('close', finished);
    next(req, res);
  };
}
