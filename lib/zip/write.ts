import { createDeflateRaw, crc32 } from 'node:zlib';

/**
 * Writes a zip archive as a stream: each file is deflated as its chunks arrive, its size and
 * checksum follow in a data descriptor, and the central directory comes last — so an export of
 * millions of rows never holds a whole file in memory. No zip64: a file or archive over 4 GiB
 * is an error.
 */

type Sink = (chunk: Uint8Array) => void | Promise<void>;
type Written = { name: Uint8Array; crc: number; compressed: number; size: number; offset: number };

const LIMIT = 0xffffffff;

export class ZipWriter {
  private offset = 0;
  private readonly files: Written[] = [];

  constructor(private readonly sink: Sink) {}

  private async emit(chunk: Uint8Array) {
    this.offset += chunk.length;
    if (this.offset > LIMIT) throw new Error('The archive would exceed 4 GiB (zip64 is not written).');
    await this.sink(chunk);
  }

  /** Adds one file from its content in chunks (strings are written as UTF-8). */
  async addFile(fileName: string, content: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<void> {
    const name = new TextEncoder().encode(fileName);
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // data descriptor follows; UTF-8 name
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(0x21, 12); // 1980-01-01: the archive's content, not its date, matters
    header.writeUInt16LE(name.length, 26);
    await this.emit(header);
    await this.emit(name);

    const deflater = createDeflateRaw({ level: 6 });
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const drained = (async () => {
      for await (const chunk of deflater as AsyncIterable<Buffer>) {
        compressed += chunk.length;
        await this.emit(chunk);
      }
    })();
    let pending = '';
    const push = async (bytes: Uint8Array) => {
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (size > LIMIT) throw new Error(`${fileName} would exceed 4 GiB (zip64 is not written).`);
      if (!deflater.write(bytes)) await new Promise<void>((resolve) => deflater.once('drain', resolve));
    };
    for await (const part of content) {
      if (typeof part === 'string') {
        pending += part;
        if (pending.length >= 1 << 20) {
          await push(Buffer.from(pending, 'utf8'));
          pending = '';
        }
      } else {
        if (pending) await push(Buffer.from(pending, 'utf8'));
        pending = '';
        await push(part);
      }
    }
    if (pending) await push(Buffer.from(pending, 'utf8'));
    deflater.end();
    await drained;

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.emit(descriptor);
    this.files.push({ name, crc: crc >>> 0, compressed, size, offset });
  }

  /** Writes the central directory; the archive is complete after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const f of this.files) {
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(0x0808, 8);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt16LE(0x21, 14);
      entry.writeUInt32LE(f.crc, 16);
      entry.writeUInt32LE(f.compressed, 20);
      entry.writeUInt32LE(f.size, 24);
      entry.writeUInt16LE(f.name.length, 28);
      entry.writeUInt32LE(f.offset, 42);
      await this.emit(entry);
      await this.emit(f.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.files.length, 8);
    end.writeUInt16LE(this.files.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.emit(end);
  }
}

/** A whole archive in memory (tests, small bundles). */
export async function zipToBuffer(files: ReadonlyArray<{ name: string; content: string | Uint8Array }>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const writer = new ZipWriter((c) => void chunks.push(Buffer.from(c)));
  for (const f of files) await writer.addFile(f.name, [f.content]);
  await writer.finish();
  return Buffer.concat(chunks);
}
