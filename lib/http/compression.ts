import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { applyWriteHead, chunkToBuffer, writeCallback, type WriteCallback } from './held-response';

/**
 * Gzip for the pages and RSC answers Next renders: the whole answer is held, compressed in one
 * call on this thread and sent in one write with its length. Plain Node: server.ts wraps Next's
 * handler with it, outside Next's bundle.
 *
 * Why not Next's own compression (the `compression` package): Next flushes the compressor after
 * every chunk it streams, so a page went through zlib in ≈ 7 pieces, each handed to libuv's
 * thread pool and back, and out in ≈ 4 socket writes; on this 2-core machine each hand-over wakes
 * another thread (issue 13's profile: zlib's `processChunk` 4 % of the server's time), and each
 * flush ends a deflate block early. Measured, 150 users, two workers, interleaved runs: 6–7 % less
 * CPU per page and 7–9 % more pages a second at Next's level 6, another 3–10 % at GZIP_LEVEL 3;
 * pages over the wire 4–11 % smaller than Next's (admin's pages 10.9 KB against 11.3, the
 * inbox 6.2 against 7.0). A signed-in page is ≤ 60 KB and
 * finished in milliseconds, and none streams a part its reader needs earlier (no loading states):
 * holding it costs nothing the reader sees.
 *
 * Left to Next (which compresses them as before): Next's static files, route handlers under
 * /api/, exports (downloads as long as the reader's line), methods other than GET, and clients
 * that do not take gzip. An answer that grows past MAX_HELD_BYTES goes out as it comes, uncompressed.
 */
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * zlib's level 3, the best of its fast levels (no lazy matching). Now that the page is compressed
 * on the thread that renders it, level 6 (Next's) cost ≈ 400 µs a page — 5 % of a page's CPU — for
 * pages 9 % smaller than level 3's ≈ 110 µs (a probe over the People and inbox pages); level 3's
 * pages are still smaller than Next's level 6 flushed piece by piece (above).
 */
export const GZIP_LEVEL = 3;
/** Below this an answer is sent as it is: gzip's header and trailer would outweigh what it saves. */
export const MIN_COMPRESSED_BYTES = 1024;
/** Past this, what is held goes out uncompressed and the rest as it comes: memory stays bounded. */
export const MAX_HELD_BYTES = 4 * 1024 * 1024;

const LEFT_TO_NEXT = /^\/(_next\/static\/|api\/|favicon\.ico)|\/export(\?|$)/;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)\b)/;
/** Statuses that carry no body (and so no length). */
const NO_BODY = new Set([204, 304]);

/** Whether a request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(headers: IncomingHttpHeaders): boolean {
  const value = headers['accept-encoding'];
  return typeof value === 'string' && /\bgzip\b/.test(value) && !/\bgzip\s*;\s*q=0(\.0*)?(?![.\d])/.test(value);
}

export function withWholeBodyGzip(next: Handler): Handler {
  return (req, res) => {
    if (req.method !== 'GET' || LEFT_TO_NEXT.test(req.url ?? '') || !acceptsGzip(req.headers)) return next(req, res);
    // Next then sends its answer as it is, to holdAndCompress.
    delete req.headers['accept-encoding'];
    holdAndCompress(res);
    next(req, res);
  };
}

type Write = (chunk: Buffer) => boolean;
type End = (chunk?: Buffer | WriteCallback, done?: WriteCallback) => ServerResponse;

function holdAndCompress(res: ServerResponse) {
  const { writeHead, write, end, flushHeaders } = res;
  const send = end as End;
  const held: Buffer[] = [];
  let heldBytes = 0;

  const restore = () => {
    res.writeHead = writeHead;
    res.write = write;
    res.end = end;
    res.flushHeaders = flushHeaders;
  };

  // Status and headers stay on the response until the end (Next, and the compression it brings,
  // may call writeHead more than once).
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    applyWriteHead(this, args);
    return this;
  } as ServerResponse['writeHead'];
  // An answer that will not be compressed (a file of another type, one already encoded) goes out
  // as it comes, once its first bytes show its headers (decided then, once).
  let ours: boolean | undefined;
  const notOurs = () => {
    ours ??= compressibleType(res);
    if (ours) return false;
    restore();
    return true;
  };
  // Next sends the headers with its first chunk; they wait for the last.
  res.flushHeaders = function (this: ServerResponse) {
    if (notOurs()) flushHeaders.call(this);
  };

  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (notOurs()) return (write as (...args: unknown[]) => boolean).call(this, chunk, encoding, callback);
    const buffer = chunkToBuffer(chunk, encoding);
    held.push(buffer);
    heldBytes += buffer.length;
    const done = writeCallback(encoding, callback);
    if (heldBytes > MAX_HELD_BYTES) {
      restore();
      for (const piece of held.splice(0)) (write as Write).call(this, piece);
    }
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse['write'];

  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') held.push(chunkToBuffer(chunk, encoding));
    const done = writeCallback(chunk, encoding, callback);
    restore();
    let body = held.length === 1 ? held[0]! : Buffer.concat(held);
    varyOnEncoding(this);
    if (NO_BODY.has(this.statusCode)) return send.call(this, done);
    if (worthCompressing(this, body)) {
      body = gzipSync(body, { level: GZIP_LEVEL });
      this.setHeader('content-encoding', 'gzip');
    }
    this.setHeader('content-length', body.length);
    return send.call(this, body, done);
  } as ServerResponse['end'];
}

function compressibleType(res: ServerResponse): boolean {
  const type = res.getHeader('content-type');
  return typeof type === 'string' && COMPRESSIBLE.test(type) && !res.hasHeader('content-encoding') && !/\bno-transform\b/.test(String(res.getHeader('cache-control') ?? ''));
}

function worthCompressing(res: ServerResponse, body: Buffer): boolean {
  return body.length >= MIN_COMPRESSED_BYTES && compressibleType(res);
}

function varyOnEncoding(res: ServerResponse) {
  const vary = String(res.getHeader('vary') ?? '');
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}
