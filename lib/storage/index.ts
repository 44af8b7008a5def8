import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { localStorage, STALE_PART_MS } from './local';
import { s3Storage, type S3Settings } from './s3';
import type { FileStorage } from './types';
import { uploadthingStorage } from './uploadthing';

export type { FileStorage, StoredBody } from './types';
export { isValidStorageKey } from './types';

type StorageEnv = { UPLOADTHING_TOKEN?: string | undefined; KUNDELIK_DATA_DIR?: string | undefined; s3?: S3Settings | undefined };

/**
 * An S3-compatible store when the S3_* variables are set (lib/env.ts gathers them into `s3`),
 * uploadthing when UPLOADTHING_TOKEN is, else local disk under the data folder.
 */
export function storageFor(env: StorageEnv): FileStorage {
  if (env.s3) return s3Storage(env.s3);
  if (env.UPLOADTHING_TOKEN) return uploadthingStorage(env.UPLOADTHING_TOKEN);
  return localStorage(path.join(env.KUNDELIK_DATA_DIR ?? '.data', 'files'));
}

let cached: FileStorage | undefined;

/** The store of this server process, chosen once from the environment. */
export function getStorage(): FileStorage {
  cached ??= storageFor(getEnv());
  return cached;
}

/**
 * When a server starts: removes the temporary files of uploads a killed server never finished,
 * now and once more after they are surely stale (a crash just before this start).
 */
export async function sweepInterruptedUploads(storage: FileStorage = getStorage()): Promise<void> {
  if (!storage.sweep) return;
  const sweep = () =>
    storage.sweep!().then(
      (removed) => removed > 0 && console.log(`[storage] removed ${removed} unfinished upload file(s)`),
      (error: unknown) => console.error('[storage] sweeping unfinished uploads failed', error),
    );
  await sweep();
  setTimeout(() => void sweep(), STALE_PART_MS + 1_000).unref();
}

/** A fresh key such as `documents/2026-05/1b4e…`: never derived from the user's file name. */
export function newStorageKey(area: 'documents' | 'logos' | 'applications', now = new Date()): string {
  const month = now.toISOString().slice(0, 7);
  return `${area}/${month}/${randomUUID()}`;
}
