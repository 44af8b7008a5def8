import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageFor } from '@/lib/storage';
import { s3Storage } from '@/lib/storage/s3';
import { envWith } from '../support/env';
import { startS3Server } from '../support/s3-server';
import { describeFileStorageContract, readAll } from '../support/storage-contract';

/**
 * The S3-compatible store against a real S3 server on loopback (s3rver, started here): the same
 * contract as local disk, request signing with the configured keys, and the choice by S3_*.
 */
let s3: Awaited<ReturnType<typeof startS3Server>>;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(() => s3.close());

describeFileStorageContract('S3-compatible storage', async () => ({ storage: s3Storage(s3.settings), stored: () => s3.objects() }));

describe('S3-compatible storage', () => {
  it('keeps the object under our key with the detected content type', async () => {
    const storage = s3Storage(s3.settings);
    await storage.put('logos/2026-05/0f8fad5b-d9cb-469f-a165-70867728950e', new TextEncoder().encode('PNG bytes'), { contentType: 'image/png' });
    expect(await s3.objects()).toContain('logos/2026-05/0f8fad5b-d9cb-469f-a165-70867728950e');
    const response = await fetch(`${s3.settings.endpoint}/${s3.settings.bucket}/logos/2026-05/0f8fad5b-d9cb-469f-a165-70867728950e`);
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('is refused with a key the store does not know: requests are signed with the configured key', async () => {
    // s3rver checks the key id of a SigV4 signature, not its value: the wrong id is what it can refuse.
    const wrong = s3Storage({ ...s3.settings, accessKeyId: 'NOT-A-KEY' });
    await expect(wrong.put('documents/2026-05/refused', new Uint8Array([1]), { contentType: 'text/plain' })).rejects.toThrow(/Access Key Id/);
    expect(await s3.objects()).not.toContain('documents/2026-05/refused');
  });

  it('fails (for the caller to report) when the store cannot be reached', async () => {
    const away = s3Storage({ ...s3.settings, endpoint: 'http://127.0.0.1:9' });
    await expect(away.get('documents/2026-05/a1')).rejects.toThrow();
  });
});

describe('choosing the S3 store', () => {
  it('is chosen by S3_BUCKET with its keys and stores through the configured endpoint', async () => {
    const env = await envWith({ S3_BUCKET: s3.settings.bucket, S3_ENDPOINT: s3.settings.endpoint!, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' });
    expect(env.s3).toEqual({ ...s3.settings, region: 'us-east-1', forcePathStyle: true });
    const storage = storageFor(env);
    expect(storage.kind).toBe('s3');
    await storage.put('documents/2026-06/chosen', new TextEncoder().encode('через S3'), { contentType: 'text/plain' });
    expect(new TextDecoder().decode((await readAll(await storage.get('documents/2026-06/chosen')))!)).toBe('через S3');
  });

  it('leaves local disk the default', async () => {
    const env = await envWith({});
    expect(env.s3).toBeUndefined();
    expect(storageFor(env).kind).toBe('local');
  });

  it('names what is missing or conflicting', async () => {
    await expect(envWith({ S3_BUCKET: 'files' })).rejects.toThrow(/S3_ACCESS_KEY_ID is needed[\s\S]*S3_SECRET_ACCESS_KEY is needed/);
    await expect(envWith({ S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', UPLOADTHING_TOKEN: 'x' })).rejects.toThrow(/set one of them/);
    await expect(envWith({ S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_FORCE_PATH_STYLE: 'yes' })).rejects.toThrow(/S3_FORCE_PATH_STYLE is true or false/);
  });
});
