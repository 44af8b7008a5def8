import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isValidStorageKey, newStorageKey, storageFor, sweepInterruptedUploads } from '@/lib/storage';
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
    // Compared as one buffer: toEqual walks 300,000 elements and took 5 s on a loaded machine.
    const back = await read(await storage.get('documents/2026-05/a1'));
    expect(back && Buffer.compare(Buffer.from(back), Buffer.from(binary))).toBe(0);
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

describe('an upload cut short by kill -9', () => {
  const files = path.join(root, 'killed');
  const storage = localStorage(files);

  /** A server process writing an endless upload into `files`, killed with SIGKILL once its temporary file holds bytes. */
  async function killMidUpload(): Promise<string> {
    const script = path.join(root, 'endless-upload.ts');
    writeFileSync(
      script,
      `import { localStorage } from ${JSON.stringify(path.resolve('lib/storage/local.ts'))};
       const endless = new ReadableStream({ pull: (c) => new Promise((r) => setTimeout(() => { c.enqueue(new Uint8Array(64 * 1024)); r(undefined); }, 5)) });
       void localStorage(${JSON.stringify(files)}).put('documents/2026-05/killed-upload', endless, { contentType: 'application/pdf' });`,
    );
    // tsx as a loader of this very process (its CLI would run the script in a grandchild that SIGKILL misses).
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 300; i++) {
        const part = (() => {
          try {
            return filesUnder(files).find((f) => f.endsWith('.part'));
          } catch {
            return undefined;
          }
        })();
        if (part && readdirSync(path.dirname(part)).length > 0) return part;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the upload never started');
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  }

  it('leaves a temporary file that the next start sweeps, keeping stored files and uploads still being written', async () => {
    await storage.put('documents/2026-05/kept', bytes('kept'), { contentType: 'text/plain' });
    const left = await killMidUpload();
    expect(filesUnder(files)).toContain(left);
    // The server comes back two minutes later; meanwhile another upload is being written.
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    utimesSync(left, twoMinutesAgo, twoMinutesAgo);
    const inFlight = path.join(files, 'documents', '2026-05', 'other.0b1c.part');
    writeFileSync(inFlight, 'in flight');

    await sweepInterruptedUploads(storage);

    expect(filesUnder(files)).not.toContain(left);
    expect(filesUnder(files)).toContain(inFlight);
    expect(await read(await storage.get('documents/2026-05/kept'))).toEqual(bytes('kept'));
  }, 30_000);
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
