import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isValidStorageKey, newStorageKey, storageFor } from '@/lib/storage';
import { localStorage } from '@/lib/storage/local';

const root = mkdtempSync(path.join(os.tmpdir(), 'kundelik-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);
const read = async (stream: ReadableStream<Uint8Array> | null) => (stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('local storage', () => {
  const storage = localStorage(path.join(root, 'files'));

  it('gives back exactly the bytes it was given, from bytes or a stream', async () => {
    const binary = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    await storage.put('documents/2026-05/a1', binary, { contentType: 'application/octet-stream' });
    expect(await read(await storage.get('documents/2026-05/a1'))).toEqual(binary);
    await storage.put('documents/2026-05/a2', new Blob([bytes('Сәлем, әлем')]).stream(), { contentType: 'text/plain' });
    expect(new TextDecoder().decode((await read(await storage.get('documents/2026-05/a2')))!)).toBe('Сәлем, әлем');
  });

  it('answers null for a missing key and removes a key twice without error', async () => {
    expect(await storage.get('documents/2026-05/none')).toBeNull();
    await storage.put('documents/2026-05/gone', bytes('x'), { contentType: 'text/plain' });
    await storage.remove('documents/2026-05/gone');
    await storage.remove('documents/2026-05/gone');
    expect(await storage.get('documents/2026-05/gone')).toBeNull();
  });

  it('refuses keys that could leave its folder, and writes nothing for them', async () => {
    const before = filesUnder(root).length;
    for (const key of ['../escape', '/etc/passwd', 'documents/../../escape', 'documents\\..\\x', 'Documents/Upper', 'a/./b', '', 'a//b', 'report.pdf']) {
      expect(isValidStorageKey(key), key).toBe(false);
      await expect(storage.put(key, bytes('x'), { contentType: 'text/plain' }), key).rejects.toThrow(/Invalid storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/Invalid storage key/);
      await expect(storage.remove(key), key).rejects.toThrow(/Invalid storage key/);
    }
    expect(filesUnder(root).length).toBe(before);
    expect(filesUnder(path.dirname(root)).some((f) => f.endsWith(`${path.sep}escape`))).toBe(false);
  });

  it('leaves no half-written file when the stream fails', async () => {
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('part'));
        controller.error(new Error('connection lost'));
      },
    });
    await expect(storage.put('documents/2026-05/broken', failing, { contentType: 'text/plain' })).rejects.toThrow('connection lost');
    expect(await storage.get('documents/2026-05/broken')).toBeNull();
    expect(filesUnder(root).some((f) => f.includes('broken'))).toBe(false);
  });
});

describe('storage choice', () => {
  it('uses local disk under the data folder without an uploadthing token', () => {
    expect(storageFor({ KUNDELIK_DATA_DIR: root }).kind).toBe('local');
    expect(storageFor({}).kind).toBe('local');
  });

  it('uses uploadthing when UPLOADTHING_TOKEN is set', () => {
    const storage = storageFor({ UPLOADTHING_TOKEN: 'eyJhcGlLZXkiOiJza190ZXN0In0=', KUNDELIK_DATA_DIR: root });
    expect(storage.kind).toBe('uploadthing');
    expect(typeof storage.url).toBe('function');
  });

  it('makes fresh valid keys that never contain a file name', () => {
    const a = newStorageKey('documents', new Date('2026-05-04T10:00:00Z'));
    const b = newStorageKey('documents', new Date('2026-05-04T10:00:00Z'));
    expect(a).toMatch(/^documents\/2026-05\/[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
    expect(isValidStorageKey(a)).toBe(true);
  });
});
