import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { assertStorageKey, type FileStorage, type StoredBody } from './types';

/**
 * Files on local disk under `root` (by default `${KUNDELIK_DATA_DIR ?? '.data'}/files`). A file is
 * written to a temporary name first and renamed, so a failed upload never leaves half a file
 * under a real key.
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
      const temporary = `${target}.${randomUUID()}.part`;
      try {
        const source = body instanceof Uint8Array ? Readable.from([body]) : Readable.fromWeb(body as NodeWebStream<Uint8Array>);
        await pipeline(source, createWriteStream(temporary, { flags: 'wx' }));
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
  };
}
