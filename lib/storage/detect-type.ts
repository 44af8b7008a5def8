/**
 * The content type of an upload, read from its first bytes (magic numbers), never from its name.
 * `head` is the start of the file (64 KiB is plenty: zip and OLE markers sit near the start);
 * `isUtf8Text` says whether the whole file decoded as UTF-8 without control bytes.
 */
export const DETECTION_HEAD_BYTES = 64 * 1024;

export const TEXT_PLAIN = 'text/plain; charset=utf-8';
export const OCTET_STREAM = 'application/octet-stream';

const ZIP_KINDS: ReadonlyArray<[marker: string, type: string]> = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

// Stream names inside an OLE compound file's directory, stored as UTF-16LE.
const OLE_KINDS: ReadonlyArray<[stream: string, type: string]> = [
  ['WordDocument', 'application/msword'],
  ['Workbook', 'application/vnd.ms-excel'],
  ['Book', 'application/vnd.ms-excel'],
  ['PowerPoint Document', 'application/vnd.ms-powerpoint'],
];

function startsWith(head: Uint8Array, signature: ReadonlyArray<number>, at = 0): boolean {
  if (head.length < at + signature.length) return false;
  return signature.every((byte, i) => head[at + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0), 0]);
}

function contains(head: Uint8Array, needle: ReadonlyArray<number>): boolean {
  const first = needle[0];
  for (let i = head.indexOf(first!); i >= 0 && i <= head.length - needle.length; i = head.indexOf(first!, i + 1)) {
    if (startsWith(head, needle, i)) return true;
  }
  return false;
}

export function detectContentType(head: Uint8Array, { isUtf8Text }: { isUtf8Text: boolean }): string {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const kind = ZIP_KINDS.find(([marker]) => contains(head, ascii(marker)));
    return kind ? kind[1] : 'application/zip';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const kind = OLE_KINDS.find(([stream]) => contains(head, utf16le(stream)));
    return kind ? kind[1] : OCTET_STREAM;
  }
  return isUtf8Text ? TEXT_PLAIN : OCTET_STREAM;
}

/**
 * Checks a file chunk by chunk for being UTF-8 text: `push` every chunk, then `done()`.
 * NUL and other C0 controls except tab, line feed, form feed and carriage return mean binary.
 */
export function utf8TextChecker() {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let ok = true;
  const check = (text: string) => {
    if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) ok = false;
  };
  return {
    push(chunk: Uint8Array) {
      if (!ok) return;
      try {
        check(decoder.decode(chunk, { stream: true }));
      } catch {
        ok = false;
      }
    },
    done(): boolean {
      if (!ok) return false;
      try {
        check(decoder.decode());
      } catch {
        ok = false;
      }
      return ok;
    },
  };
}
