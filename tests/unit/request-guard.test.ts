import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_MAX_BYTES, withRequestGuard } from '@/lib/http/guard';

/**
 * The production server's request guard in front of a stand-in for Next that echoes the body it
 * reads: sound requests pass through with their body intact, hostile ones never reach it.
 */
let server: Server;
let base = '';
const reached: string[] = [];

beforeAll(async () => {
  server = createServer(
    withRequestGuard((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        reached.push(req.url ?? '');
        res.end(Buffer.concat(chunks));
      });
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// A browser's form action: a mixed-case boundary, the form's fields and React's JSON row "0".
const boundary = '----WebKitFormBoundary6fswE0iW3byFAbsm';
const form = (rows: Record<string, string>) =>
  Object.entries(rows)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('') + `--${boundary}--\r\n`;
const action = (body: string | Buffer, contentType = `multipart/form-data; boundary=${boundary}`) =>
  fetch(`${base}/kk/org/1/admin/settings/contacts`, { method: 'POST', headers: { 'next-action': '7f00aa', 'content-type': contentType }, body: body as BodyInit });

describe('the request guard', () => {
  it('passes a browser’s form action through with its body intact', async () => {
    const body = form({ _1_orgId: '1', _1_phones: 'қоңырау', '0': '[null,"$K1"]' });
    const response = await action(body);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    const json = await action('[null,{"login":"x"}]', 'text/plain;charset=UTF-8');
    expect(await json.text()).toBe('[null,{"login":"x"}]');
  });

  it('refuses action bodies React never sends, before they reach Next', async () => {
    const before = reached.length;
    expect((await action('not json', 'text/plain;charset=UTF-8')).status).toBe(400);
    expect((await action('['.repeat(5000) + ']'.repeat(5000), 'text/plain;charset=UTF-8')).status).toBe(400);
    expect((await action(form({ '0': 'not json' }))).status).toBe(400);
    expect((await action('garbage')).status).toBe(400);
    expect((await action(Buffer.alloc(ACTION_MAX_BYTES + 1, 'a'), 'text/plain;charset=UTF-8')).status).toBe(413);
    expect(reached.length).toBe(before);
  });

  it('refuses a path whose percent-encoding does not decode, and passes a sound one', async () => {
    expect((await fetch(`${base}/kk/org/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${base}/kk/org/1/people?q=%E0`)).status).toBe(200);
    expect((await fetch(`${base}/kk/site/1/documents/%D0%91%D2%B1%D0%B9`)).status).toBe(200);
  });
});
