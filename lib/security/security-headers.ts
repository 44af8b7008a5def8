/**
 * Security headers on every answer of the app server (server.ts), issue 11 item 10: pages, the
 * public site's front cache, route handlers, files, 404s.
 *
 * Why here and not in proxy.ts (Next's documented place for a nonce): the proxy runs only for the
 * paths it matches, never for front-cache hits (answered before Next) nor route handlers, and it
 * cannot know whether Next will answer with a page rendered now (nonce) or a stored one (hash).
 * The app server sees every answer's headers before they leave: it hands Next a nonce through the
 * request's CSP header (Next stamps it on the scripts of anything it renders) and picks the policy
 * when the answer's headers are written — see lib/security/content-security-policy.ts. Front-cache
 * hits skip this layer (a nonce and write hooks are work they do not need, on the site's hot
 * path): they send the fixed headers and the policy kept with their page (lib/site/front-cache.ts).
 *
 * Plain Node (no Next imports), loaded by server.ts outside Next's bundle.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { applyWriteHead, chunkToBuffer, writeCallback } from '../http/held-response';
import { CSP_HEADER, noncePolicy, RESOURCE_POLICY, staticPagePolicy } from './content-security-policy';

export type SecurityOptions = {
  /** Strict-Transport-Security max-age in seconds; 0 sends none (the app is not served over https). */
  hstsMaxAge: number;
  /**
   * Paths of pages rendered once for everybody (the public site): Next gets no nonce for them, so
   * none is written into the copy it keeps. Their policy is their hashes.
   */
  storedPages?: RegExp;
};

/** The headers every answer carries, whatever it is (front-cache hits add them themselves). */
export function fixedSecurityHeaders({ hstsMaxAge }: SecurityOptions): Record<string, string> {
  return {
    // CSP's frame-ancestors says the same to current browsers; this is for the older ones.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Addresses carry ids of people and organisations: none of it leaves the site.
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(hstsMaxAge > 0 ? { 'Strict-Transport-Security': `max-age=${hstsMaxAge}` } : {}),
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Wraps the handler of everything that reaches Next: the fixed headers, a fresh nonce for Next,
 * and the answer's CSP chosen when its headers are written.
 */
export function withSecurityHeaders(options: SecurityOptions, handler: Handler): Handler {
  const fixed = Object.entries(fixedSecurityHeaders(options));
  return (req, res) => {
    for (const [name, value] of fixed) res.setHeader(name, value);
    // Next reads the nonce for its scripts from the request's policy; a client's own is dropped.
    delete req.headers['content-security-policy'];
    delete req.headers['content-security-policy-report-only'];
    // 122 random bits from the CSPRNG, in the characters a CSP nonce allows.
    const nonce = options.storedPages?.test(req.url ?? '') ? null : randomUUID();
    if (nonce) req.headers['content-security-policy'] = noncePolicy(nonce);
    choosePolicyOnWrite(res, nonce, req.method === 'HEAD');
    handler(req, res);
  };
}

function isHtml(res: ServerResponse): boolean {
  const type = res.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('text/html');
}

function decoded(body: Buffer, encoding: unknown): string {
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'deflate') return inflateSync(body).toString('utf8');
  return body.toString('utf8');
}

/**
 * Sets the CSP when the answer's headers are written. Pages Next renders now get the nonce policy
 * and stream as before. A stored page is held until its end (its headers wait with it), hashed —
 * decoded first when Next compressed it — and then sent whole with its own policy. Whoever set a
 * policy already (the front cache, with the one it keeps per page) keeps it; a 304 gets none, so
 * the browser keeps the policy of the copy it holds.
 */
function choosePolicyOnWrite(res: ServerResponse, nonce: string | null, head: boolean) {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const flushHeaders = res.flushHeaders;
  let mode: 'open' | 'hold' | 'pass' = 'open';
  const held: Buffer[] = [];

  const decide = (self: ServerResponse) => {
    if (mode === 'open') self.writeHead(self.statusCode);
  };

  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (mode === 'pass') return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
    if (mode === 'hold') return this;
    applyWriteHead(this, [statusCode, ...rest]);
    const open = !this.hasHeader(CSP_HEADER) && statusCode !== 304;
    // A page Next did not render for this request — a stored copy (Next marks it so) or one with
    // no nonce handed over — has no nonce: it gets its hashes, computed from its body.
    if (open && isHtml(this) && (nonce === null || this.hasHeader('x-nextjs-prerender'))) {
      mode = 'hold';
      return this;
    }
    mode = 'pass';
    if (open) this.setHeader(CSP_HEADER, isHtml(this) && nonce ? noncePolicy(nonce) : RESOURCE_POLICY);
    return writeHead.call(this, statusCode);
  } as ServerResponse['writeHead'];

  res.flushHeaders = function (this: ServerResponse) {
    decide(this);
    if (mode === 'pass') flushHeaders.call(this);
  };

  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide(this);
    if (mode === 'pass') return (write as (...args: unknown[]) => boolean).call(this, chunk, encoding, callback);
    held.push(chunkToBuffer(chunk, encoding));
    const done = writeCallback(encoding, callback);
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse['write'];

  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide(this);
    if (mode === 'pass') return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') held.push(chunkToBuffer(chunk, encoding));
    const done = writeCallback(chunk, encoding, callback);
    const body = Buffer.concat(held);
    let policy: string;
    try {
      policy = staticPagePolicy(decoded(body, this.getHeader('content-encoding')));
    } catch {
      // A body that does not decode runs no inline script at all.
      policy = staticPagePolicy('');
    }
    this.setHeader(CSP_HEADER, policy);
    // The whole body is known now (compression had dropped the length to stream it).
    if (!head) this.setHeader('content-length', body.length);
    mode = 'pass';
    return (end as (...args: unknown[]) => ServerResponse).call(this, body, done);
  } as ServerResponse['end'];
}
