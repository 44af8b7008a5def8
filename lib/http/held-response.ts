import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * What the wrappers that hold an answer's body until its end share (lib/http/compression.ts,
 * lib/security/security-headers.ts): turning a written chunk into bytes, and keeping what
 * `writeHead` was given on the response instead of sending it.
 */
export type WriteCallback = (error?: Error | null) => void;

export function chunkToBuffer(chunk: unknown, encoding?: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

/** The callback among `write`'s or `end`'s optional arguments, if any. */
export function writeCallback(...args: unknown[]): WriteCallback | undefined {
  return args.find((a) => typeof a === 'function') as WriteCallback | undefined;
}

/** `writeHead(status, [reason], [headers])`'s arguments, set on the response. */
export function applyWriteHead(res: ServerResponse, [statusCode, ...rest]: unknown[]) {
  const [reason, headers] = typeof rest[0] === 'string' ? [rest[0], rest[1]] : [undefined, rest[0]];
  res.statusCode = statusCode as number;
  if (reason) res.statusMessage = reason;
  if (!headers) return;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string | string[]);
    return;
  }
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value);
}
