/**
 * The public site's front cache: finished HTML of `/{locale}/site/{id}/…` pages kept in this
 * process's memory and answered by the app server (server.ts) before Next's router runs.
 *
 * Why: a page from Next's own cache still costs ≈ 0.6 ms of router and render pipeline per
 * request; on two cores that capped the site at ≈ 1,600 requests/s with a p99 far above 20 ms.
 * The entries are copies of what Next's cache answered — filled by one internal request to the
 * same server after a miss — so they hold nothing Next would not serve.
 *
 * Invalidation is deliberately coarse: every write that expires a site tag (lib/cache.ts) drops
 * every entry, once when it is called and once after the response (when Next has applied the
 * tag), and a fill that overlapped either drop is thrown away. Writes are rare next to reads.
 *
 * Several app servers (REDIS_URL): a drop here is sent to every other server over Redis
 * (front-cache-bus.ts, connected by server.ts), and a server keeps and serves copies only while it
 * hears those drops — while its bus is down it answers from Next's shared cache instead.
 *
 * Plain Node only (no 'server-only', no Next imports): server.ts loads it outside Next's bundle,
 * and both share the one state through globalThis. Off with SITE_FRONT_CACHE=off.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { acceptsGzip } from '../http/compression';
import { CSP_HEADER, staticPagePolicy } from '../security/content-security-policy';

type Page = { body: Buffer; contentType: string; cacheControl: string; vary: string };
/** `csp`: the page's Content-Security-Policy, its inline scripts by hash, computed once when kept. */
type Entry = Page & { gzip: Buffer; etag: string; csp: string };

/** The other servers' line (several app servers): `listening` false while drops may be missed. */
export type FrontCacheBus = { listening: boolean; announce: () => void };

type State = { entries: Map<string, Entry>; bytes: number; generation: number; filling: Set<string>; bus?: FrontCacheBus };

const STATE_KEY = Symbol.for('kundelik.siteFrontCache');
const globalState = globalThis as typeof globalThis & { [STATE_KEY]?: State };
const state: State = (globalState[STATE_KEY] ??= { entries: new Map(), bytes: 0, generation: 0, filling: new Set() });

/** Memory the entries may take; the oldest go first beyond it. */
export const FRONT_CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** Marks the internal request that fills an entry, so it reaches Next instead of the cache. */
export const FILL_HEADER = 'x-site-cache-fill';
/** Tells whether a site page came from the front cache (HIT) or from Next (MISS). */
export const STATUS_HEADER = 'x-site-cache';

const SITE_PATH = /^\/(kk|ru|en)\/site\/\d+(\/[A-Za-z0-9._~%\-/]*)?$/;
/** Every request of the public site, with or without a query: pages rendered once for everybody. */
export const SITE_PAGES = /^\/(kk|ru|en)\/site(\/|\?|$)/;

/**
 * The cache key of a request the front cache may answer, or null. Only plain document requests:
 * GET/HEAD, no query, none of the headers Next varies its answer on (RSC navigation, prefetch,
 * server actions).
 */
export function frontCacheKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url || !SITE_PATH.test(url)) return null;
  if (headers[FILL_HEADER] || headers.rsc || headers['next-action']) return null;
  for (const name of Object.keys(headers)) if (name.startsWith('next-router-')) return null;
  return url.length > 1 && url.endsWith('/') ? url.slice(0, -1) : url;
}

/**
 * Answers from the cache when it holds the page; false means the caller must let Next answer.
 * `extraHeaders`: sent with every hit (the app server's security headers).
 */
export function serveFromFrontCache(req: IncomingMessage, res: ServerResponse, key: string, extraHeaders: Record<string, string> = {}): boolean {
  if (!inTouch()) {
    // Drops may be missed meanwhile: nothing held now may be served later either.
    if (state.entries.size > 0) dropLocalFrontCache();
    return false;
  }
  const entry = state.entries.get(key);
  if (!entry) return false;
  const notModified = req.headers['if-none-match'] === entry.etag;
  const gzip = !notModified && acceptsGzip(req.headers);
  const body = gzip ? entry.gzip : entry.body;
  const headers: Record<string, string | number> = {
    ...extraHeaders,
    'Content-Type': entry.contentType,
    'Cache-Control': entry.cacheControl,
    ETag: entry.etag,
    [CSP_HEADER]: entry.csp,
    // Next's own Vary (its RSC request headers), so a shared cache in front keeps them apart too.
    Vary: entry.vary,
    [STATUS_HEADER]: 'HIT',
  };
  if (notModified) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** Keeps a page Next answered, unless the site was changed while it was fetched. */
export function storeInFrontCache(key: string, page: Page, generationAtStart: number): boolean {
  if (generationAtStart !== state.generation || !inTouch() || page.body.length > FRONT_CACHE_MAX_BYTES / 8) return false;
  const entry: Entry = {
    ...page,
    gzip: gzipSync(page.body),
    etag: `"${createHash('sha1').update(page.body).digest('base64url')}"`,
    csp: staticPagePolicy(page.body.toString('utf8')),
  };
  forget(key);
  state.entries.set(key, entry);
  state.bytes += entry.body.length + entry.gzip.length;
  for (const [oldest] of state.entries) {
    if (state.bytes <= FRONT_CACHE_MAX_BYTES) break;
    forget(oldest);
  }
  return true;
}

function forget(key: string) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.bytes -= entry.body.length + entry.gzip.length;
  state.entries.delete(key);
}

/** Whether Next's answer is a finished public page that may be kept. */
export function isKeepable(status: number, headers: Headers): boolean {
  const cacheControl = headers.get('cache-control') ?? '';
  return (
    status === 200 &&
    (headers.get('content-type') ?? '').startsWith('text/html') &&
    !headers.has('set-cookie') &&
    // Next marks pages from its full-route cache so; dynamic answers say private/no-store.
    /^s-maxage=\d+$/.test(cacheControl) &&
    headers.get('x-nextjs-cache') !== 'STALE'
  );
}

/**
 * Fetches the page from Next on this server and keeps it. One fill per key at a time; errors
 * only mean the next request goes to Next again.
 */
export async function fillFrontCache(origin: string, key: string): Promise<void> {
  if (state.filling.has(key)) return;
  state.filling.add(key);
  const generation = state.generation;
  try {
    const response = await fetch(origin + key, { headers: { [FILL_HEADER]: '1', 'accept-encoding': 'identity' }, redirect: 'manual' });
    const body = Buffer.from(await response.arrayBuffer());
    if (!isKeepable(response.status, response.headers)) return;
    const vary = (response.headers.get('vary') ?? '').split(',').map((v) => v.trim()).filter((v) => v && v.toLowerCase() !== 'accept-encoding');
    const page = { body, contentType: response.headers.get('content-type')!, cacheControl: response.headers.get('cache-control')!, vary: [...vary, 'Accept-Encoding'].join(', ') };
    storeInFrontCache(key, page, generation);
  } catch {
    // The server is stopping or the page failed: nothing is kept.
  } finally {
    state.filling.delete(key);
  }
}

/**
 * The app server's request handler: a held site page from memory, everything else to `next`;
 * after a site page that Next answered with 200, one fill copies it in. `origin` is this server;
 * `hitHeaders` go with every answer from memory (the rest get theirs on the way to Next).
 */
export function withFrontCache(origin: string, next: (req: IncomingMessage, res: ServerResponse) => void, hitHeaders: Record<string, string> = {}) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const key = frontCacheKey(req.method, req.url, req.headers);
    if (key !== null) {
      if (serveFromFrontCache(req, res, key, hitHeaders)) return;
      res.setHeader(STATUS_HEADER, 'MISS');
      res.on('finish', () => {
        if (res.statusCode === 200) void fillFrontCache(origin, key);
      });
    }
    next(req, res);
  };
}

/** Whether copies may be kept and served: always on one server; with a bus, while it listens. */
function inTouch(): boolean {
  return !state.bus || state.bus.listening;
}

/**
 * Drops every entry here and on every other server (with a bus); fills that began before this
 * are not kept. Called by lib/cache.ts.
 */
export function dropFrontCache(): void {
  dropLocalFrontCache();
  state.bus?.announce();
}

/** Drops this server's entries only: a drop announced by another server, or a bus (re)connecting. */
export function dropLocalFrontCache(): void {
  state.generation += 1;
  state.entries.clear();
  state.bytes = 0;
}

/** Links the front cache to the other servers (server.ts, with REDIS_URL). */
export function setFrontCacheBus(bus: FrontCacheBus | undefined): void {
  state.bus = bus;
}

export function frontCacheGeneration(): number {
  return state.generation;
}

export function frontCacheSize(): { entries: number; bytes: number } {
  return { entries: state.entries.size, bytes: state.bytes };
}

/** The pages held, oldest first (the order they are dropped in when the budget is reached). */
export function frontCacheKeys(): string[] {
  return [...state.entries.keys()];
}

/** How many fills are running (a test waits for them instead of guessing a delay). */
export function frontCacheFillsInFlight(): number {
  return state.filling.size;
}
