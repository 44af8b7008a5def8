import { IncomingMessage, type ServerResponse } from 'node:http';

/**
 * The production server's first look at every request (server.ts), for hostile input Next.js
 * itself answers with a 500:
 * - a path segment whose percent-encoding does not decode (`/kk/org/%E0%A4%A`) → 400;
 * - a server-action body past 1 MB (Next's own limit; declared or streamed in chunks) → 413;
 * - a server-action body that is not what React encodes (not JSON, a broken multipart form, or
 *   JSON nested deeper than any of our actions' input) → 400.
 * Everything else, and every sound action, goes to Next unchanged.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Next's default `serverActions.bodySizeLimit`, which next.config.ts keeps. */
export const ACTION_MAX_BYTES = 1024 * 1024;
/** Our actions take a form or a flat object: a few levels; React's own rows add two. */
export const ACTION_MAX_DEPTH = 32;

/** How long the rest of a refused body is read and dropped before the connection closes. */
export const LINGER_MS = 3_000;

export function withRequestGuard(next: Handler): Handler {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') res.once('finish', () => lingerIfUnread(req));
    if (!pathDecodes(req.url ?? '/')) return refuse(res, 400, 'Bad request: the address is not valid.');
    if (!mayBeServerAction(req)) return next(req, res);
    void checkActionBody(req, res, next);
  };
}

/**
 * A handler answered before reading the whole body (a 413, a 401): the client is still sending.
 * Closing at once would reset the connection under the answer (the client sees EPIPE, not the
 * 413); leaving it would hold a paused socket for minutes. So, as web servers do, the rest is
 * read and dropped (nothing kept: memory stays flat) for a moment, then the connection closes.
 */
function lingerIfUnread(req: IncomingMessage) {
  if (req.complete || req.socket.destroyed) return;
  const close = setTimeout(() => req.socket.destroy(), LINGER_MS);
  close.unref();
  // Whatever reader the handler left (Next's body stream) is done with the request.
  req.removeAllListeners('readable');
  req.removeAllListeners('data');
  req.on('data', () => {});
  req.once('end', () => clearTimeout(close));
  req.resume();
}

/** The path (every segment of it: an escape never spans a '/') decodes as UTF-8 percent-encoding. */
export function pathDecodes(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0]!;
  if (!path.includes('%')) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** What Next may treat as a server action: a POST to a page with the action header or a multipart body. */
function mayBeServerAction(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const path = req.url ?? '/';
  if (path.startsWith('/api/') || path.startsWith('/_next/')) return false;
  return req.headers['next-action'] !== undefined || isMultipart(contentTypeOf(req));
}

/** The Content-Type as sent: a multipart boundary is case-sensitive. */
function contentTypeOf(req: IncomingMessage): string {
  return req.headers['content-type'] ?? '';
}

const isMultipart = (contentType: string) => contentType.toLowerCase().startsWith('multipart/form-data');

async function checkActionBody(req: IncomingMessage, res: ServerResponse, next: Handler) {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > ACTION_MAX_BYTES) return refuse(res, 413, 'Payload too large.');
  const body = await readAtMost(req, ACTION_MAX_BYTES);
  if (body === 'too-large') return refuse(res, 413, 'Payload too large.');
  if (body === 'aborted') return;
  if (!(await isSoundActionBody(body, contentTypeOf(req), req.headers['next-action'] !== undefined))) return refuse(res, 400, 'Bad request.');
  next(replay(req, body), res);
}

function readAtMost(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        // Keep nothing more; after the 413 the rest is dropped (lingerIfUnread).
        req.off('data', onData);
        req.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', () => resolve('aborted'));
    req.once('close', () => resolve('aborted'));
  });
}

/**
 * React encodes an action's arguments as one JSON text (the header-carrying fetch without
 * files) or a multipart form whose rows named `0`, `1`, … (or `$ACTION_1:0` for a form posted
 * without JavaScript) are JSON; the other fields are plain form values.
 */
export async function isSoundActionBody(body: Buffer, contentType: string, fetchAction: boolean): Promise<boolean> {
  if (!isMultipart(contentType)) return !fetchAction || isShallowJson(body.toString('utf8'));
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return false;
  }
  for (const [name, value] of form.entries()) {
    // A numbered row holding a file is a Blob argument React sent whole; a text one is JSON.
    if (/^(?:\$ACTION_\d+:)?\d+$/.test(name) && typeof value === 'string' && !isShallowJson(value)) return false;
  }
  return true;
}

/** Valid JSON nested at most ACTION_MAX_DEPTH deep (counted before parsing, so depth costs nothing). */
export function isShallowJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > ACTION_MAX_DEPTH) return false;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The request again, its body now the bytes already read, for Next to read as usual. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

function refuse(res: ServerResponse, status: 400 | 413, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
