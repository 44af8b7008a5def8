import { limitBytes } from '@/lib/http/body';
import { DETECTION_HEAD_BYTES, detectContentType, utf8TextChecker } from './detect-type';

/**
 * Passes an upload through while counting its bytes (lib/http/body's limitBytes: failing the
 * stream, and so the write, with BodyTooLargeError past `maxBytes`), keeping its first bytes and checking it for UTF-8 text, so the type is detected
 * from the content in the same single pass that stores it.
 */
export function inspectUpload(source: ReadableStream<Uint8Array>, maxBytes: number) {
  let size = 0;
  const head = new Uint8Array(DETECTION_HEAD_BYTES);
  let headLength = 0;
  const text = utf8TextChecker();
  const stream = limitBytes(source, maxBytes).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (headLength < head.length) {
          const part = chunk.subarray(0, head.length - headLength);
          head.set(part, headLength);
          headLength += part.byteLength;
        }
        text.push(chunk);
        controller.enqueue(chunk);
      },
    }),
  );
  return {
    stream,
    /** Call after the stream was read to its end. */
    result: () => ({ size, contentType: detectContentType(head.subarray(0, headLength), { isUtf8Text: text.done() }) }),
  };
}
