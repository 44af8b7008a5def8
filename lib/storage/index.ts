import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { localStorage } from './local';
import type { FileStorage } from './types';
import { uploadthingStorage } from './uploadthing';

export type { FileStorage, StoredBody } from './types';
export { isValidStorageKey } from './types';

type StorageEnv = { UPLOADTHING_TOKEN?: string | undefined; KUNDELIK_DATA_DIR?: string | undefined };

/** uploadthing when UPLOADTHING_TOKEN is set, else local disk under the data folder. */
export function storageFor(env: StorageEnv): FileStorage {
  if (env.UPLOADTHING_TOKEN) return uploadthingStorage(env.UPLOADTHING_TOKEN);
  return localStorage(path.join(env.KUNDELIK_DATA_DIR ?? '.data', 'files'));
}

let cached: FileStorage | undefined;

/** The store of this server process, chosen once from the environment. */
export function getStorage(): FileStorage {
  cached ??= storageFor(getEnv());
  return cached;
}

/** A fresh key such as `documents/2026-05/1b4e…`: never derived from the user's file name. */
export function newStorageKey(area: 'documents' | 'logos' | 'applications', now = new Date()): string {
  const month = now.toISOString().slice(0, 7);
  return `${area}/${month}/${randomUUID()}`;
}
