import { UTApi, UTFile } from 'uploadthing/server';
import { assertStorageKey, type FileStorage, type StoredBody } from './types';

async function bytesOf(body: StoredBody): Promise<ArrayBuffer> {
  if (body instanceof Uint8Array) return body.slice().buffer as ArrayBuffer;
  return new Response(body).arrayBuffer();
}

/**
 * Where the SDK sends its requests. Unset in production (the SDK's defaults, or the
 * UPLOADTHING_API_URL / UPLOADTHING_INGEST_URL / UPLOADTHING_UFS_HOST variables it reads itself);
 * the tests point all three at a local stand-in of uploadthing's HTTP API.
 */
export type UploadthingEndpoints = { apiUrl?: string; ingestUrl?: string; ufsHost?: string; ufsAppIdLocation?: 'subdomain' | 'path' };

/**
 * Files in uploadthing. Our generated key is the file's `customId`, so the database keeps the
 * same key whichever store holds the bytes; reads go through a signed URL made locally (no API
 * call). tests/db/mail-and-files.test.ts runs it against a stand-in server.
 */
export function uploadthingStorage(token: string, endpoints: UploadthingEndpoints = {}): FileStorage {
  const api = new UTApi({ token, ...endpoints });
  const signedUrl = async (key: string) => (await api.generateSignedURL(key, { keyType: 'customId' })).ufsUrl;
  return {
    kind: 'uploadthing',
    async put(key, body, { contentType }) {
      assertStorageKey(key);
      const file = new UTFile([await bytesOf(body)], key.replaceAll('/', '_'), { type: contentType, customId: key });
      const result = await api.uploadFiles(file);
      if (result.error) throw new Error(`uploadthing refused ${key}: ${result.error.message}`);
    },
    async get(key) {
      assertStorageKey(key);
      const response = await fetch(await signedUrl(key));
      if (response.status === 404) return null;
      if (!response.ok || !response.body) throw new Error(`uploadthing answered ${response.status} for ${key}`);
      return response.body;
    },
    async remove(key) {
      assertStorageKey(key);
      await api.deleteFiles(key, { keyType: 'customId' });
    },
    url: (key) => {
      assertStorageKey(key);
      return signedUrl(key);
    },
  };
}
