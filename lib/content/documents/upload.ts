import 'server-only';
import type { Database } from '@/db/index';
import { ActionError } from '@/lib/action-core';
import { newStorageKey, type FileStorage } from '@/lib/storage/index';
import { BodyTooLargeError } from '@/lib/http/body';
import { inspectUpload } from '@/lib/storage/inspect-upload';
import { insertDocument, requireLiveFolder } from './store';

export type UploadRequest = {
  orgId: number;
  folderId: number | null;
  name: string;
  isPublic: boolean;
  userId: number;
  body: ReadableStream<Uint8Array> | null;
  maxBytes: number;
};

/**
 * Stores one upload and records it. The type comes from the bytes; an empty file or one past the
 * limit is refused and leaves nothing behind, neither a row nor a stored file.
 */
export async function storeUpload(db: Database, storage: FileStorage, request: UploadRequest): Promise<{ id: number; mimeType: string; sizeBytes: number }> {
  await requireLiveFolder(db, request.orgId, request.folderId);
  if (!request.body) throw new ActionError('Documents.file_empty', { file: ['Documents.file_empty'] });
  const key = newStorageKey('documents');
  const upload = inspectUpload(request.body, request.maxBytes);
  try {
    // The type is known only at the end of the stream; the local store ignores it and uploadthing
    // gets bytes it buffers itself, so a neutral type is passed here and the row keeps the real one.
    await storage.put(key, upload.stream, { contentType: 'application/octet-stream' });
  } catch (error) {
    await storage.remove(key).catch(() => {});
    if (error instanceof BodyTooLargeError) throw new ActionError('Documents.file_too_large', { file: ['Documents.file_too_large'] });
    throw error;
  }
  const { size, contentType } = upload.result();
  if (size === 0) {
    await storage.remove(key);
    throw new ActionError('Documents.file_empty', { file: ['Documents.file_empty'] });
  }
  try {
    const id = await insertDocument(db, { ...request, storageKey: key, mimeType: contentType, sizeBytes: size });
    return { id, mimeType: contentType, sizeBytes: size };
  } catch (error) {
    await storage.remove(key).catch(() => {});
    throw error;
  }
}
