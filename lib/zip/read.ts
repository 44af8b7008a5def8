import { createInflateRaw, crc32 } from 'node:zlib';

/**
 * Reads zip archives from memory with Node's own zlib: the central directory first (names,
 * methods, declared sizes — no inflating), then one entry at a time as a stream of chunks. An
 * entry is cut off as soon as it inflates past what its header declared or past the caller's
 * limit, so a lying header cannot blow up memory (a zip bomb). Stored and deflated entries only;
 * zip64 and encrypted archives are refused.
 */

export type ZipEntry = { name: string; method: number; flags: number; crc32: number; compressedSize: number; size: number; localOffset: number };

export type ZipProblem = 'not_zip' | 'zip64' | 'encrypted' | 'unsupported_method' | 'corrupt';
export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem };

export class ZipEntryError extends Error {
  constructor(
    readonly problem: 'too_large' | 'corrupt',
    readonly entry: string,
  ) {
    super(`${entry}: ${problem}`);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06);

export function listZip(bytes: Uint8Array): ZipListing {
  if (!isZip(bytes) || bytes.length < 22) return { ok: false, problem: 'not_zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, problem: 'not_zip' };
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, problem: 'zip64' };
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) return { ok: false, problem: 'corrupt' };
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) return { ok: false, problem: 'zip64' };
    if (flags & 0x1) return { ok: false, problem: 'encrypted' };
    if (method !== 0 && method !== 8) return { ok: false, problem: 'unsupported_method' };
    if (offset + 46 + nameLength > bytes.length) return { ok: false, problem: 'corrupt' };
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, method, flags, crc32: view.getUint32(offset + 16, true), compressedSize, size, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** Sum of the declared uncompressed sizes (null when the bytes are no readable zip). */
export function unzippedSize(bytes: Uint8Array): number | null {
  const listing = listZip(bytes);
  return listing.ok ? listing.entries.reduce((sum, e) => sum + e.size, 0) : null;
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipEntryError('corrupt', entry.name);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipEntryError('corrupt', entry.name);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * The entry's content in chunks. Throws ZipEntryError('too_large') once more than
 * min(declared size, maxBytes) came out, and ('corrupt') when the data or its checksum is wrong.
 */
export async function* readEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): AsyncGenerator<Uint8Array> {
  const data = compressedData(bytes, entry);
  const limit = Math.min(entry.size, maxBytes);
  if (entry.size > maxBytes) throw new ZipEntryError('too_large', entry.name);
  let total = 0;
  let crc = 0;
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new ZipEntryError('corrupt', entry.name);
    for (let from = 0; from < data.length; from += 1 << 20) {
      const chunk = data.subarray(from, Math.min(data.length, from + (1 << 20)));
      crc = crc32(chunk, crc);
      yield chunk;
    }
    total = data.length;
  } else {
    const inflater = createInflateRaw({ chunkSize: 1 << 20 });
    inflater.end(data);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limit) throw new ZipEntryError('too_large', entry.name);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      inflater.destroy();
      if (error instanceof ZipEntryError) throw error;
      throw new ZipEntryError('corrupt', entry.name);
    }
  }
  if (total !== entry.size || crc >>> 0 !== entry.crc32 >>> 0) throw new ZipEntryError('corrupt', entry.name);
}
