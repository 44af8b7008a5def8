import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CSP_HEADER, nextInlineScriptHashes } from '@/lib/security/content-security-policy';
import { withSecurityHeaders } from '@/lib/security/security-headers';

/**
 * The app server's header layer in front of a stand-in for Next that answers as Next does: its
 * own `compression` middleware (the copy Next ships) installed after the layer, pages streamed in
 * several writes, stored pages marked `x-nextjs-prerender`.
 */
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const SCRIPT = 'self.__next_f.push([1,"page data"])';
const PAGE = `<!DOCTYPE html><html><head></head><body><main>${'text '.repeat(400)}</main><script>${SCRIPT}</script></body></html>`;

let seenPolicy: string | undefined;
type Answer = (req: IncomingMessage, res: ServerResponse) => void;
const answers: Record<string, Answer> = {
  '/dynamic': (req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'private, no-cache, no-store');
    res.flushHeaders();
    res.write('<!DOCTYPE html><html><head></head><body>');
    setTimeout(() => res.end(`<script nonce="${/'nonce-([^']+)'/.exec(seenPolicy!)![1]}">x()</script></body></html>`), 20);
  },
  '/stored': (req, res) => {
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('x-nextjs-prerender', '1');
    res.setHeader('cache-control', 's-maxage=31536000');
    res.flushHeaders();
    res.write(PAGE.slice(0, 700));
    setTimeout(() => {
      res.write(PAGE.slice(700, 1500));
      res.end(PAGE.slice(1500));
    }, 10);
  },
  '/json': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  },
  '/not-modified': (req, res) => {
    res.writeHead(304, { etag: '"x"' });
    res.end();
  },
  '/site/1': (req, res) => {
    // A page of the stored paths, even without Next's mark.
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE);
  },
  '/own-policy': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', [CSP_HEADER]: "script-src 'sha256-kept'" });
    res.end('<p>from the front cache</p>');
  },
};

function standInNext(req: IncomingMessage, res: ServerResponse) {
  seenPolicy = req.headers['content-security-policy'] as string | undefined;
  compression()(req, res, () => {});
  answers[req.url!]!(req, res);
}

let server: Server;
let origin = '';
let hsts = 0;

beforeAll(async () => {
  server = createServer((req, res) => withSecurityHeaders({ hstsMaxAge: hsts, storedPages: /^\/site\// }, standInNext)(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  hsts = 0;
});

/** The raw answer: headers and the body as sent (gzip when asked for). */
function raw(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
    httpGet(origin + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('security headers on every answer', () => {
  it('sends the fixed headers on pages, JSON and 304s; HSTS only when set', async () => {
    for (const path of ['/dynamic', '/stored', '/json', '/not-modified']) {
      const { headers } = await raw(path);
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('same-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
    hsts = 31536000;
    expect((await raw('/json')).headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('gives a page rendered now the nonce it handed Next, fresh each time, and keeps streaming it', async () => {
    const first = await raw('/dynamic', { 'content-security-policy': "script-src 'nonce-chosen-by-client'" });
    const policy = first.headers['content-security-policy'] as string;
    expect(policy).toBe(seenPolicy);
    expect(policy).not.toContain('chosen-by-client');
    const nonce = /'nonce-([A-Za-z0-9+/_=-]{22,})'/.exec(policy)![1];
    expect(first.body.toString()).toContain(`nonce="${nonce}"`);
    expect(first.headers['transfer-encoding']).toBe('chunked');
    const second = await raw('/dynamic');
    expect(second.headers['content-security-policy']).not.toBe(policy);
  });

  it('hashes a stored page Next streamed, compressed or not, and sends it whole and intact', async () => {
    const [hash] = nextInlineScriptHashes(PAGE);
    for (const encoding of ['identity', 'gzip']) {
      const { status, headers, body } = await raw('/stored', { 'accept-encoding': encoding });
      expect(status).toBe(200);
      expect(headers['content-security-policy'], encoding).toContain(`script-src 'self' ${hash}`);
      expect(headers['content-security-policy']).not.toContain("'nonce-");
      expect(headers['content-encoding']).toBe(encoding === 'gzip' ? 'gzip' : undefined);
      expect(Number(headers['content-length'])).toBe(body.length);
      expect((encoding === 'gzip' ? gunzipSync(body) : body).toString()).toBe(PAGE);
    }
  });

  it('hands Next no nonce for a page of the stored paths, and hashes it', async () => {
    const { headers } = await raw('/site/1', { 'content-security-policy': "script-src 'nonce-from-client'" });
    expect(seenPolicy).toBeUndefined();
    expect(headers['content-security-policy']).toContain(`script-src 'self' ${nextInlineScriptHashes(PAGE)[0]}`);
  });

  it('keeps a policy already set, sends none on a 304, and the strict one on anything not a page', async () => {
    expect((await raw('/own-policy')).headers['content-security-policy']).toBe("script-src 'sha256-kept'");
    expect((await raw('/not-modified')).headers['content-security-policy']).toBeUndefined();
    const json = await raw('/json');
    expect(json.headers['content-security-policy']).toContain("default-src 'none'");
    expect(json.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(json.body.toString()).toBe('{"ok":true}');
  });
});
