import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, MAX_HELD_BYTES, MIN_COMPRESSED_BYTES, withWholeBodyGzip } from '@/lib/http/compression';
import { nextInlineScriptHashes } from '@/lib/security/content-security-policy';
import { withSecurityHeaders } from '@/lib/security/security-headers';

/**
 * The app server's whole-body gzip in front of a stand-in for Next that answers as Next does: its
 * own `compression` middleware (the copy Next ships) installed first, headers flushed with the
 * first chunk, the compressor flushed after every chunk (next/dist/server/pipe-readable.js).
 */
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const PAGE = `<!DOCTYPE html><html><head></head><body><main>${'Мұнда әзірге ештеңе жоқ. '.repeat(300)}</main><script>self.__next_f.push([1,"x"])</script></body></html>`;

/** Writes `body` the way Next streams a page: in pieces, flushing the compressor after each. */
function stream(res: ServerResponse, body: string | Buffer, pieces = 5) {
  const bytes = Buffer.from(body);
  const size = Math.ceil(bytes.length / pieces);
  res.flushHeaders();
  let offset = 0;
  const next = () => {
    if (offset >= bytes.length) return void res.end();
    res.write(bytes.subarray(offset, offset + size));
    (res as ServerResponse & { flush?: () => void }).flush?.();
    offset += size;
    setImmediate(next);
  };
  next();
}

let seenEncoding: string | undefined;
type Answer = (req: IncomingMessage, res: ServerResponse) => void;
const answers: Record<string, Answer> = {
  '/kk/page': (req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('vary', 'rsc, next-router-state-tree');
    stream(res, PAGE);
  },
  '/kk/small': (req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    stream(res, '<p>ok</p>', 1);
  },
  '/kk/json': (req, res) => {
    res.writeHead(201, 'Made', { 'content-type': 'application/json', 'x-kept': 'yes' });
    res.end(JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i, name: 'Абдрахманов' })) }));
  },
  '/kk/not-modified': (req, res) => {
    res.writeHead(304, { etag: '"x"' });
    res.end();
  },
  '/kk/encoded': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' });
    res.end(Buffer.alloc(2000, 7));
  },
  '/kk/file.pdf': (req, res) => {
    res.setHeader('content-type', 'application/pdf');
    stream(res, Buffer.alloc(5000, 1));
  },
  '/kk/huge': (req, res) => {
    res.setHeader('content-type', 'text/html');
    stream(res, Buffer.alloc(MAX_HELD_BYTES + 300_000, 'a'), 40);
  },
  '/_next/static/chunks/app.js': (req, res) => {
    res.setHeader('content-type', 'application/javascript');
    stream(res, 'console.log(1);'.repeat(500));
  },
};

function standInNext(req: IncomingMessage, res: ServerResponse) {
  seenEncoding = req.headers['accept-encoding'] as string | undefined;
  compression()(req, res, () => {});
  answers[new URL(req.url!, 'http://x').pathname]!(req, res);
}

let server: Server;
let origin = '';
beforeAll(async () => {
  const handler = withSecurityHeaders({ hstsMaxAge: 0, storedPages: /^\/kk\/site\// }, withWholeBodyGzip(standInNext));
  answers['/kk/site/1'] = (req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('x-nextjs-prerender', '1');
    stream(res, PAGE);
  };
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw answer: headers, the body as sent, and how many pieces it came in. */
function raw(path: string, headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' }, method = 'GET') {
  return new Promise<{ status: number; message: string; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
    const req = request(origin + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, message: res.statusMessage!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('whole-body gzip of what Next renders', () => {
  it('sends a streamed page compressed once, whole, with its length, and Next compresses nothing', async () => {
    const { status, headers, body } = await raw('/kk/page');
    expect(seenEncoding).toBeUndefined();
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['transfer-encoding']).toBeUndefined();
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(gunzipSync(body).toString()).toBe(PAGE);
    expect(headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
    // The security layer outside still sees the page's headers and sets its policy.
    expect(headers['content-security-policy']).toContain("'nonce-");
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('is smaller than Next flushing after every chunk', async () => {
    const ours = (await raw('/kk/page')).body.length;
    const nexts = (await raw('/_next/static/chunks/app.js')).headers['content-encoding'];
    expect(nexts).toBe('gzip');
    // The same page through Next's compression, as a client that is not wrapped gets it.
    const direct = createServer(standInNext);
    await new Promise<void>((resolve) => direct.listen(0, '127.0.0.1', resolve));
    const answer = await new Promise<Buffer>((resolve, reject) => {
      request(`http://127.0.0.1:${(direct.address() as AddressInfo).port}/kk/page`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
        .on('error', reject)
        .end();
    });
    await new Promise<void>((resolve) => direct.close(() => resolve()));
    expect(gunzipSync(answer).toString()).toBe(PAGE);
    expect(ours).toBeLessThan(answer.length);
  });

  it('keeps writeHead’s status, reason and headers, and compresses JSON', async () => {
    const { status, message, headers, body } = await raw('/kk/json');
    expect([status, message, headers['x-kept'], headers['content-encoding']]).toEqual([201, 'Made', 'yes', 'gzip']);
    expect(JSON.parse(gunzipSync(body).toString()).rows).toHaveLength(200);
  });

  it(`sends an answer under ${MIN_COMPRESSED_BYTES} bytes as it is, with its length`, async () => {
    const { headers, body } = await raw('/kk/small');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe('<p>ok</p>');
    expect(headers['content-length']).toBe(String(body.length));
  });

  it('sends no body and no length on a 304, and leaves an answer already encoded alone', async () => {
    const notModified = await raw('/kk/not-modified');
    expect(notModified.status).toBe(304);
    expect(notModified.headers['content-length']).toBeUndefined();
    expect(notModified.headers.etag).toBe('"x"');
    const encoded = await raw('/kk/encoded');
    expect(encoded.headers['content-encoding']).toBe('br');
    expect(encoded.body.equals(Buffer.alloc(2000, 7))).toBe(true);
  });

  it('leaves static files, other methods and clients without gzip to Next', async () => {
    const stat = await raw('/_next/static/chunks/app.js');
    expect(seenEncoding).toBe('gzip, deflate, br');
    expect(stat.headers['transfer-encoding']).toBe('chunked');
    await raw('/kk/page', { 'accept-encoding': 'gzip' }, 'POST');
    expect(seenEncoding).toBe('gzip');
    const plain = await raw('/kk/page', { 'accept-encoding': 'identity' });
    expect(seenEncoding).toBe('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    const refused = await raw('/kk/page', { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(PAGE);
  });

  it('sends an answer of a type it does not compress as it comes, without holding it', async () => {
    const { headers, body } = await raw('/kk/file.pdf');
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['transfer-encoding']).toBe('chunked');
    expect(body.equals(Buffer.alloc(5000, 1))).toBe(true);
  });

  it(`sends an answer past ${MAX_HELD_BYTES} bytes as it comes, uncompressed and complete`, async () => {
    const { headers, body } = await raw('/kk/huge');
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['transfer-encoding']).toBe('chunked');
    expect(body.length).toBe(MAX_HELD_BYTES + 300_000);
    expect(body.every((b) => b === 97)).toBe(true);
  });

  it('lets the security layer hash a stored page it compressed', async () => {
    const { headers, body } = await raw('/kk/site/1');
    expect(headers['content-security-policy']).toContain(`script-src 'self' ${nextInlineScriptHashes(PAGE)[0]}`);
    expect(gunzipSync(body).toString()).toBe(PAGE);
  });

  it('reads Accept-Encoding as a browser writes it', () => {
    expect(acceptsGzip({ 'accept-encoding': 'gzip, deflate, br, zstd' })).toBe(true);
    expect(acceptsGzip({ 'accept-encoding': 'br;q=1.0, gzip;q=0.8' })).toBe(true);
    expect(acceptsGzip({ 'accept-encoding': 'gzip;q=0' })).toBe(false);
    expect(acceptsGzip({ 'accept-encoding': 'identity' })).toBe(false);
    expect(acceptsGzip({})).toBe(false);
  });
});
