import { AbortMultipartUploadCommand, DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertStorageKey, type FileStorage } from './types';

/** Where and as whom the S3-compatible store is reached (the S3_* variables, lib/env.ts). */
export type S3Settings = {
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The service's address (MinIO, Ceph, a local cloud); unset: Amazon's own for `region`. */
  endpoint?: string | undefined;
  region: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`: what MinIO and Ceph expect. */
  forcePathStyle: boolean;
};

/** S3's smallest part; an upload holds at most PART_BYTES × QUEUE parts in memory at once. */
const PART_BYTES = 5 * 1024 * 1024;
const QUEUE = 2;

/**
 * Files in an S3-compatible object store under our generated keys. A body is streamed: one
 * PutObject when it is smaller than a part, a multipart upload otherwise — aborted when the
 * stream fails, so a failed upload never leaves an object under a real key (the README asks for
 * the bucket rule that removes incomplete multipart uploads, for servers killed mid upload). Checksums only where
 * the API requires them: newer SDKs otherwise send CRC32 trailers in aws-chunked bodies that
 * MinIO, Ceph and other compatible services of older releases refuse.
 */
export function s3Storage(settings: S3Settings): FileStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  return {
    kind: 's3',
    async put(key, body, { contentType }) {
      assertStorageKey(key);
      // Parts are aborted here rather than by the SDK, so the caller gets the stream's own error even when the store refuses the abort.
      const upload = new Upload({ client, params: { Bucket, Key: key, Body: body, ContentType: contentType }, partSize: PART_BYTES, queueSize: QUEUE, leavePartsOnError: true });
      try {
        await upload.done();
      } catch (error) {
        if (upload.uploadId) {
          await client
            .send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId: upload.uploadId }))
            // The parts stay invisible (no object under the key) until the bucket's lifecycle rule removes them.
            .catch((abortError: unknown) => console.warn(`[storage] S3 kept the parts of the failed upload of ${key}: ${(abortError as Error).message}`));
        }
        throw error;
      }
    },
    async get(key) {
      assertStorageKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) throw new Error(`S3 answered no body for ${key}`);
        return object.Body.transformToWebStream() as ReadableStream<Uint8Array>;
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    async remove(key) {
      assertStorageKey(key);
      // S3 answers a delete of a missing key with success, as the contract asks.
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
