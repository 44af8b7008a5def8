import { beforeAll, describe, expect, it } from 'vitest';
import { type FileStorage, isValidStorageKey } from '@/lib/storage';

/**
 * What every file store promises (lib/storage/types.ts), run against a real store: local disk,
 * or an S3-compatible server started by the test. `stored()` lists what the store holds by its
 * own means (files on disk, the bucket's listing), so "nothing written" is checked there.
 */
export type StoreUnderTest = { storage: FileStorage; stored: () => Promise<string[]> };

const bytes = (text: string) => new TextEncoder().encode(text);
export const readAll = async (stream: ReadableStream<Uint8Array> | null) => (stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null);

/** A stream of `total` bytes in 64 KiB chunks, failing with `failure` after `failAfter` bytes when given. */
function chunked(total: number, failAfter?: { bytes: number; failure: Error }): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter && sent >= failAfter.bytes) return controller.error(failAfter.failure);
      if (sent >= total) return controller.close();
      const size = Math.min(64 * 1024, total - sent);
      controller.enqueue(new Uint8Array(size).map((_, i) => (sent + i) % 251));
      sent += size;
    },
  });
}

export function describeFileStorageContract(name: string, open: () => Promise<StoreUnderTest>) {
  describe(`${name}: the file store contract`, () => {
    let store: StoreUnderTest;
    beforeAll(async () => {
      store = await open();
    });

    it('gives back exactly the bytes it was given, from bytes or a stream', async () => {
      const binary = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
      await store.storage.put('documents/2026-05/a1', binary, { contentType: 'application/octet-stream' });
      // Compared as one buffer: toEqual walks 300,000 elements and took 5 s on a loaded machine.
      const back = await readAll(await store.storage.get('documents/2026-05/a1'));
      expect(back && Buffer.compare(Buffer.from(back), Buffer.from(binary))).toBe(0);
      await store.storage.put('documents/2026-05/a2', new Blob([bytes('Сәлем, әлем')]).stream(), { contentType: 'text/plain' });
      expect(new TextDecoder().decode((await readAll(await store.storage.get('documents/2026-05/a2')))!)).toBe('Сәлем, әлем');
    });

    it('streams a body larger than one S3 part (12 MB) and gives it back whole', async () => {
      const total = 12 * 1024 * 1024;
      await store.storage.put('documents/2026-05/large', chunked(total), { contentType: 'application/pdf' });
      const back = await readAll(await store.storage.get('documents/2026-05/large'));
      expect(back?.byteLength).toBe(total);
      expect(back && Buffer.compare(Buffer.from(back), Buffer.from((await readAll(chunked(total)))!))).toBe(0);
      await store.storage.remove('documents/2026-05/large');
    }, 60_000);

    it('answers null for a missing key and removes a key twice without error', async () => {
      expect(await store.storage.get('documents/2026-05/none')).toBeNull();
      await store.storage.put('documents/2026-05/gone', bytes('x'), { contentType: 'text/plain' });
      await store.storage.remove('documents/2026-05/gone');
      await store.storage.remove('documents/2026-05/gone');
      expect(await store.storage.get('documents/2026-05/gone')).toBeNull();
    });

    it('refuses keys that could leave its folder or bucket, and writes nothing for them', async () => {
      const before = await store.stored();
      for (const key of ['../escape', '/etc/passwd', 'documents/../../escape', 'documents\\..\\x', 'Documents/Upper', 'a/./b', '', 'a//b', 'report.pdf']) {
        expect(isValidStorageKey(key), key).toBe(false);
        await expect(store.storage.put(key, bytes('x'), { contentType: 'text/plain' }), key).rejects.toThrow(/Invalid storage key/);
        await expect(store.storage.get(key), key).rejects.toThrow(/Invalid storage key/);
        await expect(store.storage.remove(key), key).rejects.toThrow(/Invalid storage key/);
      }
      expect(await store.stored()).toEqual(before);
    });

    it('leaves nothing under the key when the stream fails, early or after several megabytes', async () => {
      const lost = new Error('connection lost');
      await expect(store.storage.put('documents/2026-05/broken', chunked(100, { bytes: 0, failure: lost }), { contentType: 'text/plain' })).rejects.toThrow('connection lost');
      await expect(store.storage.put('documents/2026-05/broken-late', chunked(20 * 1024 * 1024, { bytes: 11 * 1024 * 1024, failure: lost }), { contentType: 'text/plain' })).rejects.toThrow('connection lost');
      expect(await store.storage.get('documents/2026-05/broken')).toBeNull();
      expect(await store.storage.get('documents/2026-05/broken-late')).toBeNull();
      expect((await store.stored()).filter((key) => key.includes('broken'))).toEqual([]);
    }, 60_000);
  });
}
