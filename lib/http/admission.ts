import { AsyncResource } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import en from '../../messages/en.json';
import kk from '../../messages/kk.json';
import ru from '../../messages/ru.json';
import { pathLocale } from '../i18n/locales';

/**
 * Admission to Next (server.ts): at most `limit` pages and actions rendered at once; the others
 * wait their turn in arrival order. Plain Node: loaded outside Next's bundle.
 *
 * Why: when a notification goes out, every teacher and parent opens the inbox at once. Without a
 * limit, 150 users clicking meant 150 renders sharing two cores: every answer as late as the
 * slowest, and the memory of all of them live together — the heap grew to its peak and the
 * process kept most of it after the burst (issue 13: +78 MiB after the pause). In turn, the same
 * work is done by a few renders at a time: each finishes sooner, the peak is a few renders'
 * memory, and a click that came first is answered first.
 *
 * Not gated: Next's static files (a file read), `/api/…` and `…/export` (uploads and downloads that
 * may last minutes on a slow line would hold a place while doing no work). A request whose client leaves
 * while it waits is dropped from the queue; beyond `maxQueue` waiting, 503 with Retry-After, as for a
 * prefetch that waited `PREFETCH_WAIT_MS`.
 */
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Renders at once per app server (RENDER_CONCURRENCY, lib/env.ts): enough to keep two cores and the database busy (bench). */
export const ADMISSION_LIMIT = 8;
/** Requests that may wait; past it the server says "busy" instead of growing its memory. */
export const ADMISSION_QUEUE = 2_000;

/** The 503's text in the language of the address (kk when it names none). */
const BUSY = { kk: kk.Server.busy, ru: ru.Server.busy, en: en.Server.busy };

/** Next's files, the route handlers under /api/ and the exports (a download as long as the reader's line). */
const UNGATED = /^\/(_next\/static\/|api\/|favicon\.ico)|\/export(\?|$)/;

/**
 * How long a prefetch may wait its turn. It waits behind every click, so while the server is full
 * it never comes (measured: 150 users, every prefetch still waiting after 60 s); answered late, it
 * would be rendered for a page the user left long ago. Past this it is told "busy" at once: the
 * browser's router then just has it not, and the click itself is asked for as always.
 */
export const PREFETCH_WAIT_MS = 3_000;

function answerBusy(req: IncomingMessage, res: ServerResponse) {
  res.writeHead(503, { 'Retry-After': '5', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(BUSY[pathLocale(req.url ?? '') ?? 'kk']);
}

export function withAdmission(next: Handler, options: { limit?: number; maxQueue?: number; prefetchWaitMs?: number } = {}): Handler {
  const limit = options.limit ?? ADMISSION_LIMIT;
  const maxQueue = options.maxQueue ?? ADMISSION_QUEUE;
  const prefetchWaitMs = options.prefetchWaitMs ?? PREFETCH_WAIT_MS;
  let inside = 0;
  type Turn = { req: IncomingMessage; res: ServerResponse; enter: () => void; expiry?: NodeJS.Timeout };
  // What a user asked for first; Next's prefetches (links in view, rendered ahead in case they are
  // followed) only when no such request waits: a click never waits behind speculation.
  const waiting: Turn[] = [];
  const prefetches: Turn[] = [];

  const enter = (req: IncomingMessage, res: ServerResponse) => {
    inside += 1;
    res.once('close', leave);
    next(req, res);
  };
  function leave() {
    inside -= 1;
    while (inside < limit && waiting.length + prefetches.length > 0) {
      const turn = (waiting.length > 0 ? waiting : prefetches).shift()!;
      clearTimeout(turn.expiry);
      // Gone while waiting (the client closed the tab): nothing to render.
      if (turn.res.destroyed || turn.req.destroyed) continue;
      turn.enter();
    }
  }

  return (req, res) => {
    if (UNGATED.test(req.url ?? '/')) return next(req, res);
    if (inside < limit) return enter(req, res);
    if (waiting.length + prefetches.length >= maxQueue) return answerBusy(req, res);
    // Let in later from another answer's 'close': in the async context of its own arrival, not of
    // that answer. Else every store of that context (Next's, React's) would be inherited by the
    // next request, and each request would keep the one before alive, and so on (measured: the
    // heap 50 MB bigger after a burst, for good).
    // (A resource and runInAsyncScope rather than AsyncResource.bind: bind also defines deprecated
    // getters on every bound function, 0.5 % of a loaded server's time.)
    const arrival = new AsyncResource('kundelik.admission');
    const turn: Turn = { req, res, enter: () => arrival.runInAsyncScope(enter, null, req, res) };
    const queue = req.headers['next-router-prefetch'] === undefined ? waiting : prefetches;
    queue.push(turn);
    /** Takes the turn out of its queue; false when it has left it already (let in, or gone). */
    const dequeue = () => {
      const at = queue.indexOf(turn);
      if (at >= 0) queue.splice(at, 1);
      return at >= 0;
    };
    if (queue === prefetches) {
      turn.expiry = setTimeout(() => {
        if (dequeue()) answerBusy(req, res);
      }, prefetchWaitMs).unref();
    }
    res.once('close', () => {
      clearTimeout(turn.expiry);
      dequeue();
    });
  };
}
