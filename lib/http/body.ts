/**
 * The one way a route handler reads a request body: never more than its limit, whether the
 * client declared a Content-Length or streams chunks without one. Past the limit reading stops
 * (the rest is never pulled off the socket, so memory stays flat) and BodyTooLargeError says to
 * answer 413. Uploads that stream to storage pass through `limitBytes`; small bodies are read
 * whole with `readBody` / `readForm`.
 */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes`);
  }
}

/** The body is not what its Content-Type says (a broken multipart form, say): answer 400. */
export class BodyMalformedError extends Error {}

/** A declared Content-Length past the limit: refused before a byte is read. */
export function declaredTooLarge(request: Request, maxBytes: number): boolean {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  return Number.isFinite(declared) && declared > maxBytes;
}

/**
 * Passes `source` through, failing with BodyTooLargeError as soon as more than `maxBytes` went
 * by. The source is then let go, not cancelled: cancelling a request body resets the connection
 * before the 413 could be read.
 */
export function limitBytes(source: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  let size = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
      controller.enqueue(chunk);
    },
  });
  return source.pipeThrough(counter, { preventCancel: true });
}

/**
 * The whole body, at most `maxBytes`. Past the limit the reader lets go without draining the
 * rest: the 413 goes out while the client is still sending, and the server drops the rest and
 * closes the connection (lib/http/guard.ts).
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (declaredTooLarge(request, maxBytes)) throw new BodyTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks);
}

/** A multipart or urlencoded form of at most `maxBytes`; BodyMalformedError when it does not parse. */
export async function readForm(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readBody(request, maxBytes);
  try {
    return await new Response(bytes as BodyInit, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new BodyMalformedError('The form could not be read');
  }
}
