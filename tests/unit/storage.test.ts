import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isValidStorageKey, newStorageKey, storageFor, sweepInterruptedUploads } from '@/lib/storage';
import { localStorage } from '@/lib/storage/local';
import { describeFileStorageContract, readAll } from '../support/storage-contract';

const root = mkdtempSync(path.join(os.tmpdir(), 'kundelik-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describeFileStorageContract('local storage', async () => ({ storage: localStorage(path.join(root, 'files')), stored: async () => filesUnder(root).sort() }));

describe('local storage', () => {
  it('writes no file outside its folder for a key that tries to leave it', async () => {
    // The folder two levels inside this test's own: a key that left it would land within `root`,
    // which is walked (not the whole temporary directory: with other checkouts in it, walking it
    // took longer than the test's 5 s).
    const storage = localStorage(path.join(root, 'jail', 'files'));
    for (const key of ['../escape', 'documents/../../escape', '../../escape']) await expect(storage.put(key, bytes('x'), { contentType: 'text/plain' })).rejects.toThrow(/Invalid storage key/);
    expect(filesUnder(root).some((f) => f.endsWith(`${path.sep}escape`))).toBe(false);
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
    expect(await readAll(await storage.get('documents/2026-05/kept'))).toEqual(bytes('kept'));
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
