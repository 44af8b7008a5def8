import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailTransportFor } from '@/lib/mail/config';
import { resendTransport } from '@/lib/mail/resend';
import { storageFor } from '@/lib/storage';
import { uploadthingStorage } from '@/lib/storage/uploadthing';
import { startResendStandIn, startUploadthingStandIn, uploadthingToken } from '../support/stand-ins';

/**
 * The Resend and uploadthing adapters against local stand-ins of their HTTP APIs: both SDKs let
 * the address be set (Resend: `baseUrl`; uploadthing: `apiUrl`, `ingestUrl`, `ufsHost`), so a
 * wiring mistake — wrong key, wrong body, wrong address — shows here, not in production.
 */
describe('the Resend mail adapter', () => {
  let resend: Awaited<ReturnType<typeof startResendStandIn>>;
  beforeAll(async () => (resend = await startResendStandIn()));
  afterAll(() => resend.close());

  it('posts the mail to /emails with the API key and the sender address', async () => {
    const transport = resendTransport('re_test_key', { from: 'Kundelik <no-reply@kundelik.kz>', baseUrl: resend.baseUrl });
    await transport.send({ to: 'apps@edu.kz', subject: 'Растау коды', text: 'Код: 123456' });
    expect(resend.calls.at(-1)).toEqual({
      path: '/emails',
      authorization: 'Bearer re_test_key',
      body: expect.objectContaining({ from: 'Kundelik <no-reply@kundelik.kz>', to: 'apps@edu.kz', subject: 'Растау коды', text: 'Код: 123456' }),
    });
  });

  it('turns a refusal of the service into a failed send with its message', async () => {
    const transport = resendTransport('re_test_key', { from: 'a@b.kz', baseUrl: resend.baseUrl });
    resend.failNext(1);
    await expect(transport.send({ to: 'x@edu.kz', subject: 's', text: 't' })).rejects.toThrow(/Stand-in failure/);
  });

  it('fails (to be retried) when the service cannot be reached', async () => {
    const transport = resendTransport('re_test_key', { from: 'a@b.kz', baseUrl: 'http://127.0.0.1:9' });
    await expect(transport.send({ to: 'x@edu.kz', subject: 's', text: 't' })).rejects.toThrow();
  });

  it('is chosen when RESEND_API_KEY is set; without it mails go to the log', () => {
    expect(mailTransportFor({ RESEND_API_KEY: 're_x', MAIL_FROM: 'a@b.kz' }).kind).toBe('resend');
    expect(mailTransportFor({ MAIL_FROM: 'a@b.kz' }).kind).toBe('log');
  });
});

describe('the uploadthing file adapter', () => {
  const appId = 'kundelik-test';
  let ut: Awaited<ReturnType<typeof startUploadthingStandIn>>;
  beforeAll(async () => (ut = await startUploadthingStandIn(appId)));
  afterAll(() => ut.close());

  const storage = () => uploadthingStorage(uploadthingToken(appId), { apiUrl: ut.baseUrl, ingestUrl: ut.baseUrl, ufsHost: ut.ufsHost, ufsAppIdLocation: 'path' });

  it('uploads under our key as customId, reads it back through a signed URL, and deletes it', async () => {
    const store = storage();
    const key = 'logos/2026-05/0f8fad5b-d9cb-469f-a165-70867728950e';
    const bytes = new TextEncoder().encode('PNG bytes of a logo');
    await store.put(key, bytes, { contentType: 'image/png' });
    expect(ut.files.get(key)).toMatchObject({ type: 'image/png', name: 'logos_2026-05_0f8fad5b-d9cb-469f-a165-70867728950e' });

    const body = await store.get(key);
    expect(new TextDecoder().decode(await new Response(body).arrayBuffer())).toBe('PNG bytes of a logo');
    expect(await store.url!(key)).toMatch(new RegExp(`^http://localhost:${ut.port}/a/${appId}/logos/2026-05/`));

    await store.remove(key);
    expect(ut.files.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    const deleteCall = ut.requests.find((r) => r.path === '/v6/deleteFiles');
    expect(deleteCall?.apiKey).toBe('sk_test_stand_in');
  });

  it('streams a body given as a ReadableStream', async () => {
    const key = 'documents/2026-05/9b2e8c1a-4f7d-4c2b-8e3a-1d2c3b4a5f6e';
    await storage().put(key, new Response('streamed').body!, { contentType: 'text/plain' });
    expect(ut.files.get(key)?.bytes.toString()).toBe('streamed');
  });

  it('refuses keys that are not ours before any request', async () => {
    const before = ut.requests.length;
    await expect(storage().put('../etc/passwd', new Uint8Array([1]), { contentType: 'text/plain' })).rejects.toThrow(/Invalid storage key/);
    expect(ut.requests.length).toBe(before);
  });

  it('is chosen when UPLOADTHING_TOKEN is set', () => {
    expect(storageFor({ UPLOADTHING_TOKEN: uploadthingToken(appId) }).kind).toBe('uploadthing');
    expect(storageFor({}).kind).toBe('local');
  });
});
