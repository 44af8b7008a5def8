import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { assertStorageKey, type FileStorage, type StoredBody } from './types';

/**
 * A temporary file untouched this long belongs to no running write: an upload in progress
 * writes every few milliseconds, even another server's on the same disk.
 */
export const STALE_PART_MS = 60_000;
const PART_SUFFIX = '.part';

/**
 * Files on local disk under `root` (by default `${KUNDELIK_DATA_DIR ?? '.data'}/files`). A file is
 * written to a temporary name first and renamed, so a failed upload never leaves half a file
 * under a real key; a server killed mid write leaves the temporary file, which `sweep` removes.
 */
export function localStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const pathOf = (key: string) => {
    assertStorageKey(key);
    const full = path.resolve(base, key);
    // The key pattern already forbids '..'; this is the second lock on the same door.
    if (!full.startsWith(base + path.sep)) throw new Error(`Storage key escapes the root: ${key}`);
    return full;
  };

  return {
    kind: 'local',
    async put(key, body: StoredBody) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}${PART_SUFFIX}`;
      try {
        // Opened before the pipeline: a write stream opens its file in the background, and a body
        // that fails at once (an upload past the limit) could let that open create the file after
        // the `rm` below had already run, leaving a temporary file behind.
        const file = await open(temporary, 'wx');
        const source = body instanceof Uint8Array ? Readable.from([body]) : Readable.fromWeb(body as NodeWebStream<Uint8Array>);
        await pipeline(source, file.createWriteStream());
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      const target = pathOf(key);
      const found = await stat(target).catch(() => null);
      if (!found?.isFile()) return null;
      return Readable.toWeb(createReadStream(target)) as unknown as ReadableStream<Uint8Array>;
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    async sweep(now = Date.now()) {
      const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
      let removed = 0;
      for (const entry of entries) {
        if (!entry.isFile() || !entry.name.endsWith(PART_SUFFIX)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const found = await stat(file).catch(() => null);
        if (!found || now - found.mtimeMs < STALE_PART_MS) continue;
        await rm(file, { force: true });
        removed++;
      }
      return removed;
    },
  };
}
