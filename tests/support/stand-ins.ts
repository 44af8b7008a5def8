import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local stand-ins of the HTTP APIs of Resend and uploadthing: just enough of each to check that
 * our adapters call the right address with the right credentials and body, and to make them fail
 * on purpose. They listen on 127.0.0.1 with a free port.
 */

async function listen(handler: (req: IncomingMessage, body: Buffer, res: ServerResponse) => unknown) {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void Promise.resolve(handler(req, Buffer.concat(chunks), res)).catch((error: unknown) => res.writeHead(500).end(String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const json = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

export type ResendCall = { path: string; authorization: string | undefined; body: { from: string; to: string | string[]; subject: string; text: string } };

/** POST /emails like api.resend.com; `failNext(n)` answers the next n calls with 500. */
export async function startResendStandIn() {
  const calls: ResendCall[] = [];
  let failures = 0;
  let always = false;
  const server = await listen((req, body, res) => {
    if (req.method !== 'POST' || req.url !== '/emails') return json(res, 404, { statusCode: 404, name: 'not_found', message: 'Not found' });
    calls.push({ path: req.url, authorization: req.headers.authorization, body: JSON.parse(body.toString()) });
    if (always || failures > 0) {
      failures = Math.max(0, failures - 1);
      return json(res, 500, { statusCode: 500, name: 'internal_server_error', message: 'Stand-in failure' });
    }
    json(res, 200, { id: `stand-in-${calls.length}` });
  });
  return {
    ...server,
    baseUrl: `http://127.0.0.1:${server.port}`,
    calls,
    failNext: (n: number) => (failures = n),
    failAlways: (on: boolean) => (always = on),
  };
}

/**
 * uploadthing's three addresses in one server: the ingest server (PUT a file to its presigned
 * URL), the file host (GET /a/{appId}/{customId}) and the API (POST /v6/deleteFiles).
 */
export async function startUploadthingStandIn(appId: string) {
  const files = new Map<string, { bytes: Buffer; type: string; name: string }>();
  const requests: Array<{ method: string; path: string; apiKey?: string }> = [];
  const server = await listen(async (req, body, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push({ method: req.method ?? '', path: url.pathname, apiKey: req.headers['x-uploadthing-api-key'] as string | undefined });
    if (req.method === 'PUT') {
      // The presigned URL carries the file's metadata; the body is multipart with a "file" part.
      const form = await new Request('http://stand-in', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: new Uint8Array(body) }).formData();
      const file = form.get('file');
      // The SDK percent-encodes the metadata values once more inside the signed URL.
      const meta = (name: string) => {
        const raw = url.searchParams.get(name);
        return raw === null ? null : decodeURIComponent(raw);
      };
      const customId = meta('x-ut-custom-id');
      if (!(file instanceof File) || !customId || url.searchParams.get('x-ut-identifier') !== appId || !url.searchParams.get('signature')) return json(res, 400, { error: 'bad upload' });
      files.set(customId, { bytes: Buffer.from(await file.arrayBuffer()), type: meta('x-ut-file-type') ?? '', name: meta('x-ut-file-name') ?? '' });
      const fileKey = url.pathname.slice(1);
      return json(res, 200, { url: `http://stand-in/f/${fileKey}`, appUrl: `http://stand-in/a/${appId}/${fileKey}`, ufsUrl: `http://stand-in/a/${appId}/${fileKey}`, fileHash: 'stand-in' });
    }
    if (req.method === 'GET' && url.pathname.startsWith(`/a/${appId}/`)) {
      const file = files.get(decodeURIComponent(url.pathname.slice(`/a/${appId}/`.length)));
      if (!file || !url.searchParams.get('signature')) return res.writeHead(404).end();
      return res.writeHead(200, { 'Content-Type': file.type }).end(file.bytes);
    }
    if (req.method === 'POST' && url.pathname === '/v6/deleteFiles') {
      const { customIds = [] } = JSON.parse(body.toString()) as { customIds?: string[] };
      const deletedCount = customIds.filter((id) => files.delete(id)).length;
      return json(res, 200, { success: true, deletedCount });
    }
    json(res, 404, { error: 'not found' });
  });
  return { ...server, baseUrl: `http://127.0.0.1:${server.port}`, ufsHost: `localhost:${server.port}`, files, requests };
}

/** An uploadthing token as the dashboard gives it: base64 JSON of key, app and regions. */
export function uploadthingToken(appId: string, apiKey = 'sk_test_stand_in'): string {
  return Buffer.from(JSON.stringify({ apiKey, appId, regions: ['sea1'] })).toString('base64');
}
