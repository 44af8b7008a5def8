import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { S3Settings } from '@/lib/storage/s3';

/**
 * A real S3-compatible server (s3rver: S3's REST API over files on disk, checking request
 * signatures against its one key pair S3RVER / S3RVER) on 127.0.0.1 with a free port, and one
 * bucket. `objects()` lists the bucket through S3's own API.
 */
export async function startS3Server(bucket = 'kundelik-files') {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'kundelik-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = (await server.run()) as AddressInfo;
  const settings: S3Settings = { bucket, endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };
  const lister = new S3Client({ region: settings.region, endpoint: settings.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  return {
    port,
    settings,
    async objects(): Promise<string[]> {
      const listed = await lister.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (listed.Contents ?? []).map((object) => object.Key!).sort();
    },
    async close() {
      lister.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
